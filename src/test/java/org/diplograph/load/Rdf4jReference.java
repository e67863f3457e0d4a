package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.datatypes.TypeMapper;
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
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;

/**
 * What the RDF4J load tests ({@link Rdf4jLoadTest} into a NativeStore, {@link Rdf4jServerLoadTest}
 * into an RDF4J Server) compare against: the fixture articles and the examples, loaded into TDB2
 * with the bulk loader and served by Fuseki. {@link #assertSameAnswers} asks every competency
 * query of {@code queries/} (those without SERVICE, which need the network) of Fuseki and of an
 * RDF4J repository loaded with the same {@link #files()}, and compares the rows.
 */
final class Rdf4jReference implements AutoCloseable {

    static final Path SNAPSHOT = Path.of("src/test/resources/org/diplograph/cli/examples-snapshot.nq");
    private static final Path QUERIES = Path.of("queries");

    private final List<String> files;
    private final Store store;
    private final FusekiServer fuseki;
    private final String sparql;

    private Rdf4jReference(List<String> files, Store store, FusekiServer fuseki) {
        this.files = files;
        this.store = store;
        this.fuseki = fuseki;
        this.sparql = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/sparql";
    }

    /**
     * Writes the fixture articles to {@code dir/fixtures.trig}, loads them and the examples'
     * snapshot into a TDB2 store at {@code dir/tdb} with {@code load --loc} and serves it with a
     * Fuseki on a free loopback port.
     */
    static Rdf4jReference loadTdb2(Path dir) throws IOException {
        Path fixtures = dir.resolve("fixtures.trig");
        try (OutputStream out = Files.newOutputStream(fixtures)) {
            RDFDataMgr.write(out, Fixtures.readAll(), Lang.TRIG);
        }
        List<String> files = List.of(fixtures.toString(), SNAPSHOT.toString());
        CliRun tdb = load(files, "--loc=" + dir.resolve("tdb"));
        assertEquals(0, tdb.code(), tdb::toString);
        Store store = Store.connect(dir.resolve("tdb"));
        try {
            FusekiServer fuseki = FusekiServer.create().loopback(true).port(0)
                    .add("/ds", store.datasetGraph()).build().start();
            return new Rdf4jReference(files, store, fuseki);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The files loaded: the fixture articles (TriG) and the examples' snapshot (N-Quads). */
    List<String> files() {
        return files;
    }

    /** {@code load} of the reference's files into {@code target} (an option such as {@code --rdf4j=URL}). */
    CliRun loadInto(String target) {
        return load(files, target);
    }

    /** {@code diplograph load ARGS...} through the whole command line. */
    static CliRun load(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "load";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.viaMain(all);
    }

    private static CliRun load(List<String> files, String target) {
        List<String> args = new ArrayList<>(files);
        args.add(target);
        return load(args.toArray(String[]::new));
    }

    /**
     * Asserts that {@code repository} holds what the TDB2 store holds, one context per named graph
     * with as many statements as the graph has triples (so a graph loaded twice was replaced, not
     * added to), and that every competency query without SERVICE answers the same rows from it as
     * from Fuseki.
     */
    void assertSameAnswers(Repository repository) throws IOException {
        List<Path> queries;
        try (Stream<Path> listed = Files.list(QUERIES)) {
            queries = listed.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        Store.Stats stats = store.stats();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int withRows = 0;
        try (RepositoryConnection conn = repository.getConnection()) {
            assertEquals(stats.graphs(), conn.getContextIDs().stream().count(), "one context per named graph");
            assertEquals(stats.triples(), conn.size(), "statements in RDF4J against quads in TDB2");
            for (Path file : queries) {
                String text = Files.readString(file);
                Query query = QueryFactory.create(text, Syntax.syntaxARQ);
                if (usesService(query)) {
                    continue;
                }
                Set<String> concatenated = groupConcatVars(query);
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
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        assertTrue(compared >= 8, "compared only " + compared + " queries");
        assertTrue(withRows >= 6, "only " + withRows + " queries answered any row: the comparison says little");
    }

    @Override
    public void close() {
        fuseki.stop();
        store.close();
    }

    /**
     * The rows once each, sorted. Once each: RDF4J's default graph is the union of the contexts
     * with a triple once per context that holds it (an actor's label is in every article that
     * names the actor), so a query without DISTINCT repeats rows that Fuseki's union graph, a
     * set, gives once. Sorted: ties under ORDER BY may come in either order.
     */
    private static List<String> distinct(List<String> rows) {
        return new ArrayList<>(new TreeSet<>(rows));
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
    private static Set<String> groupConcatVars(Query query) {
        Set<String> vars = new HashSet<>();
        query.getProject().forEachExpr((var, expr) -> {
            if (expr.toString().toUpperCase(Locale.ROOT).contains("GROUP_CONCAT")) {
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
                TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }
}
