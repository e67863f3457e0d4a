package org.diplograph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Pipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestError;
import org.diplograph.ingest.IngestResult;
import org.diplograph.validate.Violation;

/**
 * The work on the executors: reading an input file into articles, and an article into its graph.
 * The pipeline (CoreNLP, its models, the extractor's models, the shapes) is built once per
 * executor JVM, on the first article that JVM meets, and shared by all its task threads
 * ({@link Pipeline} is thread-safe).
 */
final class Executor {

    static {
        // Spark and Hadoop put Woodstox on the classpath, which refuses the secure-processing
        // property Jena sets on every XML parser it makes (and logs that at ERROR): the JDK's own
        // StAX parser, which build uses, unless the job was told otherwise.
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    private Executor() {
    }

    /** The pipeline of this JVM, built on first use. */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.create().articleBudget(java.time.Duration.ofSeconds(300)).build().warmUp();
    }

    /** One input file: where Hadoop finds it, and its name as the articles' sourceFile gives it. */
    record InputFile(String uri, String name) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Either an article or a rejected input, from {@link #ingest}. */
    record Ingested(ArticleRow article, String rejected) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Reads one file through the same ingest as {@code build}: the file is copied from its file
     * system (HDFS, S3, local), opened with the job's Hadoop configuration, to a local temporary
     * file of the same name, so that the format, the size limits and the ids are exactly
     * {@code build}'s, and its articles get the input's name as their source.
     */
    static List<Ingested> ingest(InputFile input, Configuration hadoop) throws IOException {
        Path folder = Files.createTempDirectory("diplograph-ingest");
        String fileName = input.name().substring(input.name().lastIndexOf('/') + 1);
        Path local = folder.resolve(fileName);
        List<Ingested> out = new ArrayList<>();
        try {
            try {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(input.uri()));
                FileSystem fs = path.getFileSystem(hadoop);
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                out.add(new Ingested(null, input.name() + ": cannot read: " + e.getMessage()));
                return out;
            }
            IngestResult result = Ingest.readFile(local);
            String tmp = local.toString();
            for (Article article : result.articles()) {
                Article named = new Article(article.id(), article.url(), article.title(), article.date(),
                        article.body(), rename(article.sourceFile(), tmp, input.name()));
                out.add(new Ingested(ArticleRow.of(named), null));
            }
            for (IngestError error : result.errors()) {
                out.add(new Ingested(null, new IngestError(rename(error.input(), tmp, input.name()), error.reason()).message()));
            }
            return out;
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String rename(String source, String tmp, String name) {
        return source.startsWith(tmp) ? name + source.substring(tmp.length()) : source;
    }

    /**
     * Extracts, writes and validates one article, as {@code build} does, and gives its graph as
     * N-Quads, written as {@code export --output=nq} writes them; or its rejection, worded as
     * {@code build} words it.
     */
    static Outcome process(ArticleRow row) {
        Article article = row.article();
        try {
            Pipeline.Result result = Holder.PIPELINE.process(article);
            if (!result.valid()) {
                StringBuilder reasons = new StringBuilder();
                for (Violation violation : result.report().violations()) {
                    if (reasons.length() > 0) {
                        reasons.append('\n');
                    }
                    reasons.append(article.sourceFile()).append(": not loaded, fails validation at ")
                            .append(violation.focusNode())
                            .append(violation.path().isEmpty() ? "" : " " + violation.path())
                            .append(": ").append(violation.message());
                }
                return Outcome.rejected(row.id(), row.hash(), reasons.toString());
            }
            DatasetGraph dataset = DatasetGraphFactory.create();
            dataset.addGraph(result.graph().name(), result.graph().graph());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
            String nquads = out.toString(StandardCharsets.UTF_8);
            if (nquads.endsWith("\n")) {
                nquads = nquads.substring(0, nquads.length() - 1);
            }
            return Outcome.graph(row, result.graph().name().getURI(), nquads);
        } catch (RuntimeException e) {
            return Outcome.rejected(row.id(), row.hash(), article.sourceFile() + ": not loaded: " + e.getMessage());
        }
    }
}
