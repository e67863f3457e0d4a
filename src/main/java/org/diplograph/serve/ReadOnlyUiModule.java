package org.diplograph.serve;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki UI without the admin area. Jena's own UI module (FMod_UI) relies on the admin module
 * (FMod_Admin), which also creates and deletes datasets, backs up and compacts, and keeps a run
 * folder on disk; this module sets up only what the UI reads: its files, ping, statistics, the
 * server description and the list of datasets.
 */
final class ReadOnlyUiModule implements FusekiModule {

    /** The classpath folder of the jena-fuseki-ui jar that holds the UI. */
    static final String UI_RESOURCE = "webapp";

    @Override
    public String name() {
        return "diplograph read-only UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        URL ui = ReadOnlyUiModule.class.getClassLoader().getResource(UI_RESOURCE + "/index.html");
        if (ui == null) {
            throw new ServerException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
        }
        String base = ui.toExternalForm();
        builder.staticFileBase(base.substring(0, base.length() - "index.html".length()))
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ReadOnlyDatasets());
    }
}
