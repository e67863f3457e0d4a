package org.diplograph.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.web.HttpSC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query service with the bounds of a public endpoint: a query longer than
 * {@code maxQueryLength} characters is refused with 413 before it is parsed (parsing a very long
 * query costs minutes of CPU), at most {@code maxRows} solutions are answered (a lower LIMIT in
 * the query is kept), the log keeps the first {@value #LOGGED} characters of a query, and a
 * query whose client has gone is stopped ({@link ClientWatch}). The timeout and the SERVICE hosts
 * come from the endpoint's context, where Jena looks for them.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** How many characters of a query the log keeps. */
    static final int LOGGED = 200;

    private static final Logger LOG = LoggerFactory.getLogger(BoundedQuery.class);

    private final int maxQueryLength;
    private final long maxRows;
    private final ClientWatch clients;
    /** The watch over each running query, opened with its execution and closed once it is answered. */
    private final Map<HttpAction, ClientWatch.Watch> watches = new ConcurrentHashMap<>();

    BoundedQuery(int maxQueryLength, long maxRows, ClientWatch clients) {
        this.maxQueryLength = maxQueryLength;
        this.maxRows = maxRows;
        this.clients = clients;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > maxQueryLength) {
            LOG.info("[{}] query of {} characters refused (at most {})", action.id, queryString.length(), maxQueryLength);
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, String.format(
                    "a query may have at most %d characters, but this one has %d", maxQueryLength, queryString.length()));
        }
        LOG.info("[{}] Query = {}", action.id, prefix(queryString));
        try {
            super.execute(queryString, action);
        } finally {
            // Fuseki has written the answer (or the error) by now, and the request completes
            // only after this returns: the watch must stop reading from the connection first.
            ClientWatch.Watch watch = watches.remove(action);
            if (watch != null) {
                watch.close();
            }
        }
    }

    /**
     * The start of {@code query} on one line, with its length when cut. It reads no further than
     * it keeps, so logging costs the same for a query of any length.
     */
    static String prefix(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(LOGGED + 1);
        boolean space = false;
        int i = 0;
        for (; i < query.length() && line.length() < LOGGED; i++) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        while (i < query.length() && Character.isWhitespace(query.charAt(i))) {
            i++;
        }
        return i >= query.length() ? line.toString() : line + "... (" + query.length() + " characters)";
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query bounded = query;
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            bounded = query.cloneQuery();
            bounded.setLimit(maxRows);
        }
        QueryExec exec = super.createQueryExec(action, bounded, dataset);
        watches.put(action, clients.watch(action.id, action.getRequest(), exec));
        return exec;
    }
}
