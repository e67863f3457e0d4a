package org.diplograph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

/**
 * {@code build} as an Apache Spark job: reads articles (.txt, .html, .htm, .jsonl) from any file
 * system Hadoop reads (local folders, HDFS, S3 through its connector), extracts, writes and
 * validates each article on the executors with the same pipeline as {@code build}, and writes
 * one folder per run below the output folder:
 *
 * <pre>
 * OUTPUT/run-20260102-030405/graphs/part-00000.nq.gz   one named graph per article, gzipped N-Quads
 * OUTPUT/run-20260102-030405/rejected/part-00000.txt   every rejected input with its reason, as build prints them
 * OUTPUT/run-20260102-030405/manifest/part-00000.tsv   id, content hash, graph IRI of each article written
 * </pre>
 *
 * An article whose id and content hash a finished earlier run under the same output folder wrote
 * is skipped, so that a daily feed is built once. Usage:
 * {@code spark-submit --class org.diplograph.spark.SparkBuild diplograph-spark.jar --input=PATHS --output=DIR}.
 */
public final class SparkBuild {

    static final String RUN_PREFIX = "run-";

    private SparkBuild() {
    }

    /** The job's settings, from its arguments. */
    record Settings(List<String> inputs, String output, String master, int partitions) {

        static Settings parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            String master = null;
            int partitions = 0;
            for (String arg : args) {
                if (arg.startsWith("--input=")) {
                    Arrays.stream(arg.substring("--input=".length()).split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).forEach(inputs::add);
                } else if (arg.startsWith("--output=")) {
                    output = arg.substring("--output=".length());
                } else if (arg.startsWith("--master=")) {
                    master = arg.substring("--master=".length());
                } else if (arg.startsWith("--partitions=")) {
                    try {
                        partitions = Integer.parseInt(arg.substring("--partitions=".length()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions must be a number, but was: " + arg);
                    }
                } else {
                    throw new IllegalArgumentException("unknown argument: " + arg + "\n" + USAGE);
                }
            }
            if (inputs.isEmpty() || output == null || output.isBlank()) {
                throw new IllegalArgumentException(USAGE);
            }
            return new Settings(List.copyOf(inputs), output, master, partitions);
        }
    }

    static final String USAGE = "usage: SparkBuild --input=PATH[,PATH...] --output=DIR [--master=URL] [--partitions=N]";

    /** What one run did. */
    public record Summary(String runFolder, long inputs, long articles, long skipped, long written, long rejected,
            double seconds) {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("diplograph spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Summary summary = run(settings, System.out);
            System.exit(summary.rejected() == 0 ? 0 : 1);
        } catch (IOException | RuntimeException e) {
            System.err.println("diplograph spark: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the job, in a Spark session of its own (or the one spark-submit set up). */
    public static Summary run(Settings settings, PrintStream out) throws IOException {
        SparkConf conf = new SparkConf().setAppName("diplograph build");
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false");
        }
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        try {
            return run(new JavaSparkContext(session.sparkContext()), settings, out);
        } finally {
            session.stop();
        }
    }

    static Summary run(JavaSparkContext sc, Settings settings, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        Path outputRoot = new Path(settings.output());
        FileSystem outFs = outputRoot.getFileSystem(hadoop);
        String runName = RUN_PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path run = new Path(outputRoot, runName);
        for (int i = 2; outFs.exists(run); i++) {
            run = new Path(outputRoot, runName + "-" + i);
        }

        List<String> listingErrors = new ArrayList<>();
        List<Executor.InputFile> files = Inputs.list(settings.inputs(), hadoop, listingErrors);
        int slices = settings.partitions() > 0 ? settings.partitions()
                : Math.max(1, Math.min(Math.max(files.size(), 1), sc.defaultParallelism() * 4));

        Broadcast<HadoopSettings> hadoopSettings = sc.broadcast(new HadoopSettings(hadoop));
        JavaRDD<Executor.Ingested> ingested = sc.parallelize(files, slices)
                .flatMap(file -> Executor.ingest(file, hadoopSettings.value().configuration()).iterator());
        ingested.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // One article per id, as build keeps the last one it loads (the last by source name).
        JavaPairRDD<String, ArticleRow> byKey = ingested.filter(i -> i.article() != null)
                .mapToPair(i -> new Tuple2<>(i.article().id(), i.article()))
                .reduceByKey((a, b) -> a.sourceFile().compareTo(b.sourceFile()) >= 0 ? a : b)
                .mapToPair(t -> new Tuple2<>(t._2().key(), t._2()));
        long articles = byKey.count();

        JavaPairRDD<String, String> done = doneBefore(sc, outFs, outputRoot);
        JavaRDD<ArticleRow> todo = byKey.subtractByKey(done).values().repartition(slices);

        JavaRDD<Outcome> outcomes = todo.map(Executor::process);
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaRDD<String> rejected = ingested.filter(i -> i.rejected() != null).map(Executor.Ingested::rejected)
                .union(outcomes.filter(o -> !o.loaded()).map(Outcome::text))
                .union(sc.parallelize(listingErrors, 1));
        outcomes.filter(Outcome::loaded).map(Outcome::text).saveAsTextFile(new Path(run, "graphs").toString(), GzipCodec.class);
        rejected.coalesce(1).saveAsTextFile(new Path(run, "rejected").toString());
        // Last: a run's manifest, once complete (_SUCCESS), is what later runs skip by.
        outcomes.filter(Outcome::loaded).map(Outcome::manifestLine).coalesce(Math.max(1, slices / 4))
                .saveAsTextFile(new Path(run, "manifest").toString());

        long written = outcomes.filter(Outcome::loaded).count();
        long rejectedCount = rejected.count();
        long processed = todo.count();
        outcomes.unpersist();
        ingested.unpersist();
        rename(outFs, new Path(run, "graphs"), ".gz", ".nq.gz");
        rename(outFs, new Path(run, "rejected"), "", ".txt");
        rename(outFs, new Path(run, "manifest"), "", ".tsv");

        double seconds = (System.nanoTime() - started) / 1e9;
        Summary summary = new Summary(run.toString(), files.size(), articles, articles - processed, written,
                rejectedCount, seconds);
        out.printf(Locale.ROOT, "built %d articles into %s: %d graphs written, %d skipped (written by an earlier run), "
                + "%d inputs rejected (see rejected/), from %d files in %.1f s%n", processed, summary.runFolder(),
                written, summary.skipped(), rejectedCount, files.size(), seconds);
        out.flush();
        return summary;
    }

    /** The (id and hash, graph) of every article a finished earlier run under {@code root} wrote. */
    private static JavaPairRDD<String, String> doneBefore(JavaSparkContext sc, FileSystem fs, Path root) throws IOException {
        List<String> manifests = new ArrayList<>();
        if (fs.exists(root)) {
            for (FileStatus status : fs.listStatus(root)) {
                Path manifest = new Path(status.getPath(), "manifest");
                if (status.isDirectory() && status.getPath().getName().startsWith(RUN_PREFIX)
                        && fs.exists(new Path(manifest, "_SUCCESS"))) {
                    manifests.add(manifest.toString());
                }
            }
        }
        if (manifests.isEmpty()) {
            return JavaPairRDD.fromJavaRDD(sc.<Tuple2<String, String>>emptyRDD());
        }
        return sc.textFile(String.join(",", manifests)).mapToPair(line -> {
            String[] fields = line.split("\t", 3);
            return new Tuple2<>(fields[0] + "\t" + fields[1], fields.length > 2 ? fields[2] : "");
        });
    }

    /** Gives the part files of a folder an extension that says what they hold. */
    private static void rename(FileSystem fs, Path folder, String from, String to) throws IOException {
        if (!fs.exists(folder)) {
            return;
        }
        for (FileStatus status : fs.listStatus(folder)) {
            String name = status.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(from) && !name.endsWith(to)) {
                String base = name.substring(0, name.length() - from.length());
                fs.rename(status.getPath(), new Path(folder, base + to));
            }
        }
    }

    /** Lists the input files on the driver. */
    static final class Inputs {

        private Inputs() {
        }

        /**
         * The article files named or below the folders named, hidden files ({@code .x}, {@code _x})
         * left out, in name order; each named as {@code build} names it: the input as given, then
         * the path below it.
         */
        static List<Executor.InputFile> list(List<String> inputs, Configuration conf, List<String> errors)
                throws IOException {
            List<Executor.InputFile> files = new ArrayList<>();
            for (String input : inputs) {
                String given = input.length() > 1 && input.endsWith("/") ? input.replaceAll("/+$", "") : input;
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    errors.add(given + ": no such file or folder");
                    continue;
                }
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    files.add(new Executor.InputFile(fs.makeQualified(path).toUri().toString(), given));
                    continue;
                }
                URI base = fs.makeQualified(path).toUri();
                List<Executor.InputFile> below = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                while (it.hasNext()) {
                    LocatedFileStatus file = it.next();
                    String relative = base.relativize(file.getPath().toUri()).getPath();
                    if (hidden(relative) || !article(relative)) {
                        continue;
                    }
                    below.add(new Executor.InputFile(file.getPath().toUri().toString(), given + "/" + relative));
                }
                below.sort((a, b) -> a.name().compareTo(b.name()));
                files.addAll(below);
            }
            return files;
        }

        private static boolean hidden(String relative) {
            for (String part : relative.split("/")) {
                if (part.startsWith(".") || part.startsWith("_")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean article(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".jsonl");
        }
    }
}
