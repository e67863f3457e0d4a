package org.diplograph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads news articles from plain text, HTML and JSON Lines files, with the default settings
 * ({@link Ingester#create()} for others).
 * <p>
 * Inputs are files or folders. A folder is walked recursively and its {@code .txt},
 * {@code .html}/{@code .htm} and {@code .jsonl} files are read in path order; other files
 * and hidden ones in it are skipped. A file named directly must have one of these
 * extensions. An input that cannot be read becomes an {@link IngestError} and the batch
 * goes on.
 * <pre>{@code
 * IngestResult result = Ingest.read(List.of(Path.of("articles")));
 * result.errors().forEach(e -> log.warn(e.message()));
 * }</pre>
 */
public final class Ingest {

    private Ingest() {
    }

    /** Reads every article of {@code inputs} into memory. */
    public static IngestResult read(List<Path> inputs) {
        return Ingester.DEFAULT.read(inputs);
    }

    /** Reads one file: one article, or for JSON Lines one a record. A folder is an error. */
    public static IngestResult readFile(Path file) {
        return Ingester.DEFAULT.readFile(file);
    }

    /**
     * Reads {@code inputs} in the order of {@link #read}, handing over each article and each
     * error as soon as it is made, so that a large batch is never held whole.
     */
    public static void stream(List<Path> inputs, Consumer<Article> articles, Consumer<IngestError> errors) {
        Ingester.DEFAULT.stream(inputs, articles, errors);
    }
}
