package org.diplograph.serve;

import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/** Fuseki's {@code /$/datasets} listing, with dataset creation and deletion refused. */
final class ReadOnlyDatasets extends ActionDatasets {

    @Override
    protected void performPost(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST", "this server is read-only: datasets cannot be added");
    }

    @Override
    protected void performDelete(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE", "this server is read-only: datasets cannot be removed");
    }
}
