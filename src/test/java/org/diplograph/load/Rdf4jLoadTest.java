package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.FmtUtils;
import org.diplograph.cli.CliRun;
import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code load --rdf4j-native}: the fixture articles and the examples, loaded into an RDF4J
 * NativeStore with RDF4J's API and into TDB2 with the bulk loader, answer every competency query
 * of {@code queries/} (those without SERVICE, which need the network) with the same rows from
 * RDF4J as from Fuseki serving the TDB2 store. Loading the same files again changes no answer:
 * each context is replaced, not added to.
 */
class Rdf4jLoadTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path SNAPSHOT = Path.of("src/test/resources/org/diplograph/cli/examples-snapshot.nq");

    @TempDir
    static Path dir;

    private static Path fixtures;
    private static FusekiServer fuseki;
    private static Store store;
    private static String sparql;

    @BeforeAll
    static void loadBoth() throws IOException {
        fixtures = dir.resolve("fixtures.trig");
        try (OutputStream out = Files.newOutputStream(fixtures)) {
            RDFDataMgr.write(out, Fixtures.readAll(), Lang.TRIG);
        }
        CliRun tdb = load(fixtures.toString(), SNAPSHOT.toString(), "--loc=" + dir.resolve("tdb"));
        assertEquals(0, tdb.code(), tdb::toString);
        CliRun rdf4j = load(fixtures.toString(), SNAPSHOT.toString(), "--rdf4j-native=" + dir.resolve("native"));
        assertEquals(0, rdf4j.code(), rdf4j::toString);
        CliRun again = load(fixtures.toString(), SNAPSHOT.toString(), "--rdf4j-native=" + dir.resolve("native"));
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().startsWith("loaded 7 graphs, "), again::toString);

        store = Store.connect(dir.resolve("tdb"));
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", store.datasetGraph()).build().start();
        sparql = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/sparql";
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void competencyQueriesAnswerTheSameFromRdf4jAsFromFuseki() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(QUERIES)) {
            files = listed.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        SailRepository repository = new SailRepository(new NativeStore(dir.resolve("native").toFile()));
        repository.init();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int withRows = 0;
        try (RepositoryConnection conn = repository.getConnection()) {
            assertEquals(7, conn.getContextIDs().stream().count(), "one context per named graph");
            for (Path file : files) {
                String text = Files.readString(file);
                Query query = QueryFactory.create(text, Syntax.syntaxARQ);
                if (usesService(query)) {
                    continue;
                }
                java.util.Set<String> concatenated = groupConcatVars(query);
                List<String> fromFuseki = new ArrayList<>();
                try (var exec = QueryExecHTTP.service(sparql).query(text).build()) {
                    RowSet rows = exec.select();
                    rows.forEachRemaining(row -> {
                        Map<String, String> cells = new TreeMap<>();
                        row.forEach((var, node) -> cells.put(var.getVarName(), show(node, concatenated.contains(var.getVarName()))));
                        fromFuseki.add(cells.toString());
                    });
                }
                List<String> fromRdf4j = new ArrayList<>();
                try (TupleQueryResult result = conn.prepareTupleQuery(text).evaluate()) {
                    for (BindingSet bindings : result) {
                        Map<String, String> cells = new TreeMap<>();
                        bindings.forEach(b -> cells.put(b.getName(), show(node(b.getValue()), concatenated.contains(b.getName()))));
                        fromRdf4j.add(cells.toString());
                    }
                }
                List<String> expected = distinct(fromFuseki);
                List<String> actual = distinct(fromRdf4j);
                if (!expected.equals(actual)) {
                    failures.add(file + ": RDF4J answers other rows than Fuseki:\n  fuseki " + expected + "\n  rdf4j  " + actual);
                }
                compared++;
                if (!fromFuseki.isEmpty()) {
                    withRows++;
                }
            }
        } finally {
            repository.shutDown();
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        assertTrue(compared >= 8, "compared only " + compared + " queries");
        assertTrue(withRows >= 6, "only " + withRows + " queries answered any row: the comparison says little");
    }

    @Test
    void aRepositoryNobodyServesIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/rdf4j-server/repositories/news";
        CliRun run = load(SNAPSHOT.toString(), "--rdf4j=" + url);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("RDF4J repository " + url + " cannot be used: "), run::toString);
        assertFalse(run.out().contains("loaded 4 graphs"), run::toString);
    }

    /**
     * The rows once each, sorted. Once each: RDF4J's default graph is the union of the contexts
     * with a triple once per context that holds it (an actor's label is in every article that
     * names the actor), so a query without DISTINCT repeats rows that Fuseki's union graph, a
     * set, gives once. Sorted: ties under ORDER BY may come in either order.
     */
    private static List<String> distinct(List<String> rows) {
        return new ArrayList<>(new java.util.TreeSet<>(rows));
    }

    private static boolean usesService(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** The variables a GROUP_CONCAT makes: the order of the values in it is each engine's own. */
    private static java.util.Set<String> groupConcatVars(Query query) {
        java.util.Set<String> vars = new java.util.HashSet<>();
        query.getProject().forEachExpr((var, expr) -> {
            if (expr.toString().toUpperCase(java.util.Locale.ROOT).contains("GROUP_CONCAT")) {
                vars.add(var.getVarName());
            }
        });
        return vars;
    }

    /**
     * A cell as compared: blank nodes all alike (their labels are the store's), literals canonical,
     * the parts of a GROUP_CONCAT (separated by ", ") sorted.
     */
    private static String show(Node node, boolean concatenated) {
        if (node.isBlank()) {
            return "_:b";
        }
        if (concatenated && node.isLiteral()) {
            List<String> parts = new ArrayList<>(List.of(node.getLiteralLexicalForm().split(", ")));
            parts.sort(null);
            return String.join(", ", parts);
        }
        return FmtUtils.stringForNode(CanonicalizeLiteral.get().apply(node));
    }

    private static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return NodeFactory.createBlankNode(bnode.getID());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    private static CliRun load(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "load";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.viaMain(all);
    }
}
