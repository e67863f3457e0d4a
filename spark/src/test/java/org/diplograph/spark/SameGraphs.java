package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The job's graphs against {@code build}'s: the same named graphs, each isomorphic to the other,
 * literals compared in canonical form (TDB2 stores {@code "0.90"^^xsd:decimal} as {@code 0.9}, the
 * job's files keep what the pipeline wrote). {@link SparkBuildTest} asserts with it; as a program
 * it is the comparison {@code spark/cluster-smoke.sh} makes of a run on a standalone cluster:
 * {@code SameGraphs EXPORT.nq RUN/graphs} prints what it compared, or every difference and exits 1.
 */
final class SameGraphs {

    private SameGraphs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SameGraphs BUILD_EXPORT.nq JOB_RUN/graphs");
            System.exit(2);
        }
        DatasetGraph fromBuild = read(List.of(Path.of(args[0])));
        DatasetGraph fromJob = read(quadFiles(Path.of(args[1])));
        List<String> differences = differences(fromBuild, fromJob);
        if (!differences.isEmpty()) {
            differences.forEach(System.out::println);
            System.exit(1);
        }
        System.out.printf("the job's %d graphs (%d quads, %s) are the %d of build's export (%s), each isomorphic to build's%n",
                names(fromJob).size(), fromJob.stream().count(), args[1], names(fromBuild).size(), args[0]);
    }

    /** The gzipped N-Quads part files of a run's {@code graphs} folder, which must have some. */
    static List<Path> quadFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException("no .nq.gz files in " + folder);
            }
            return found;
        }
    }

    /** The quads of N-Quads files (gzipped when named .gz), their literals in canonical form. */
    static DatasetGraph read(List<Path> files) throws IOException {
        DatasetGraph parsed = DatasetGraphFactory.create();
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                    InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
            }
        }
        DatasetGraph canonical = DatasetGraphFactory.create();
        CanonicalizeLiteral canon = CanonicalizeLiteral.get();
        parsed.find().forEachRemaining(q -> canonical.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                canon.apply(q.getObject()))));
        return canonical;
    }

    /**
     * What keeps the job's graphs from being build's, one line each: a graph only one of them has,
     * a graph that is not isomorphic to the other's; also when build has no graph at all, since
     * then there is nothing to compare.
     */
    static List<String> differences(DatasetGraph fromBuild, DatasetGraph fromJob) {
        List<String> differences = new ArrayList<>();
        Set<String> built = names(fromBuild);
        Set<String> written = names(fromJob);
        if (built.isEmpty()) {
            differences.add("build loaded no graph: nothing to compare the job's " + written.size() + " with");
        }
        for (String name : built) {
            if (!written.contains(name)) {
                differences.add("graph " + name + ": build loaded it, the job did not write it");
            }
        }
        for (String name : written) {
            if (!built.contains(name)) {
                differences.add("graph " + name + ": the job wrote it, build did not load it");
            }
        }
        for (String name : built) {
            if (written.contains(name)) {
                Node node = NodeFactory.createURI(name);
                Graph want = fromBuild.getGraph(node);
                Graph got = fromJob.getGraph(node);
                if (!want.isIsomorphicWith(got)) {
                    differences.add("graph " + name + " differs: " + got.size() + " triples from the job against "
                            + want.size() + " from build");
                }
            }
        }
        return differences;
    }

    static Set<String> names(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }
}
