package org.diplograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The article graphs the store, serve and CLI tests load: the example article of the rdf stage
 * and two more written for these tests in the same shape.
 */
public final class Fixtures {

    /** The classpath names of the fixture files, one named graph each. */
    public static final List<String> ARTICLES = List.of(
            "/org/diplograph/rdf/example-article.trig",
            "/org/diplograph/store/moscow-guarantors.trig",
            "/org/diplograph/store/ankara-talks.trig");

    /** Graph IRIs of the three fixture articles, in the order of {@link #ARTICLES}. */
    public static final String EXAMPLE_GRAPH = "https://w3id.org/diplograph/id/graph/3f2a9c0d41b7e6a8";
    public static final String MOSCOW_GRAPH = "https://w3id.org/diplograph/id/graph/5b0e7c21d9a43f16";
    public static final String ANKARA_GRAPH = "https://w3id.org/diplograph/id/graph/9d4c1e8f2a7b3065";

    private Fixtures() {
    }

    /** One fixture file, parsed into an in-memory dataset. */
    public static DatasetGraph read(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture on the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** All fixture files in one in-memory dataset. */
    public static DatasetGraph readAll() {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (String resource : ARTICLES) {
            DatasetGraph one = read(resource);
            one.find().forEachRemaining(all::add);
            one.prefixes().forEach(all.prefixes()::add);
        }
        return all;
    }

    /** Loads every named graph of the fixture files into {@code store}, one article at a time. */
    public static void load(Store store) {
        for (String resource : ARTICLES) {
            DatasetGraph dsg = read(resource);
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node graphName = it.next();
                store.replaceArticle(graphName, dsg.getGraph(graphName));
            }
        }
    }

    /** A copy of the named graph {@code name} as the store holds it (empty if it holds none). */
    public static Graph storedGraph(Store store, Node name) {
        return store.calculate(ds -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
