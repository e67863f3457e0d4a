package org.diplograph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from files and folders with given settings; {@link Ingest} reads with the
 * defaults. Immutable and safe to share between threads.
 * <pre>{@code
 * Ingester ingester = Ingester.create().maxArticleBytes(2_000_000).build();
 * IngestResult result = ingester.read(List.of(Path.of("articles")));
 * }</pre>
 */
public final class Ingester {

    /** Default largest article: 5 MB of UTF-8 text. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5 * TextBytes.MEGABYTE;

    /**
     * A saved page is mostly markup and scripts; one this many times the article limit holds
     * far more than any article and is refused before it is parsed.
     */
    static final int PAGE_FACTOR = 8;

    static final Ingester DEFAULT = create().build();

    private final long maxArticleBytes;
    private final Boilerplate boilerplate;

    private Ingester(Builder builder) {
        this.maxArticleBytes = builder.maxArticleBytes;
        this.boilerplate = builder.boilerplate;
    }

    /** A builder with the defaults: a 5 MB limit and the {@linkplain Boilerplate#standard() standard} boilerplate. */
    public static Builder create() {
        return new Builder();
    }

    /** @see Ingest#read(List) */
    public IngestResult read(List<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        stream(inputs, articles::add, errors::add);
        return new IngestResult(articles, errors);
    }

    /** @see Ingest#readFile(Path) */
    public IngestResult readFile(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file must be a path, but was: null");
        }
        if (Files.isDirectory(file)) {
            return new IngestResult(List.of(), List.of(new IngestError(file.toString(), "a folder, not a file")));
        }
        return read(List.of(file));
    }

    /** @see Ingest#stream(List, Consumer, Consumer) */
    public void stream(List<Path> inputs, Consumer<Article> articles, Consumer<IngestError> errors) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs must be a list of files and folders, but was: null");
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) == null) {
                throw new IllegalArgumentException("inputs must not contain null, but input " + i + " was null");
            }
        }
        if (articles == null || errors == null) {
            throw new IllegalArgumentException("article and error consumers must be given, but were: "
                    + articles + ", " + errors);
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : walk(input, errors)) {
                    readOne(file, false, articles, errors);
                }
            } else if (Files.exists(input)) {
                readOne(input, true, articles, errors);
            } else {
                errors.accept(new IngestError(input.toString(), "no such file or folder"));
            }
        }
    }

    /** The article files below {@code folder}, sorted by path; hidden files and folders are left out. */
    private static List<Path> walk(Path folder, Consumer<IngestError> errors) {
        List<Path> files = new ArrayList<>();
        try {
            // Links are followed, so a linked folder of articles is read; a loop is reported as an error.
            Set<FileVisitOption> options = EnumSet.of(FileVisitOption.FOLLOW_LINKS);
            Files.walkFileTree(folder, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && Format.of(file) != null) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.accept(new IngestError(file.toString(), reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.accept(new IngestError(folder.toString(), reason(e)));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readOne(Path file, boolean named, Consumer<Article> articles, Consumer<IngestError> errors) {
        String source = file.toString();
        Format format = Format.of(file);
        if (format == null) {
            if (named) {
                errors.accept(new IngestError(source, "unsupported file type, expected .txt, .html, .htm or .jsonl"));
            }
            return;
        }
        try {
            switch (format) {
                case TEXT -> {
                    TextBytes.checkSize("article", Files.size(file), maxArticleBytes, "");
                    articles.accept(TextFormat.read(TextBytes.text(Files.readAllBytes(file)), source, boilerplate));
                }
                case HTML -> {
                    TextBytes.checkSize("page", Files.size(file), maxArticleBytes * PAGE_FACTOR, " for a page");
                    articles.accept(HtmlFormat.read(TextBytes.text(Files.readAllBytes(file)), source,
                            maxArticleBytes, boilerplate));
                }
                case JSON_LINES -> JsonLinesFormat.read(file, maxArticleBytes, boilerplate, articles, errors);
            }
        } catch (Rejected e) {
            errors.accept(new IngestError(source, e.reason()));
        } catch (IOException e) {
            errors.accept(new IngestError(source, reason(e)));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link that loops back to a folder above it";
        }
        return "cannot read: " + e.getMessage();
    }

    /** The formats, told apart by file extension. */
    private enum Format {
        TEXT, HTML, JSON_LINES;

        static Format of(Path file) {
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) {
                return TEXT;
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return HTML;
            }
            return lower.endsWith(".jsonl") ? JSON_LINES : null;
        }
    }

    /** Settings for an {@link Ingester}. */
    public static final class Builder {

        private long maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
        private Boilerplate boilerplate = Boilerplate.standard();

        private Builder() {
        }

        /** The largest article body accepted, in bytes of UTF-8 text; larger ones are errors. */
        public Builder maxArticleBytes(long bytes) {
            if (bytes <= 0 || bytes > Long.MAX_VALUE / PAGE_FACTOR) {
                throw new IllegalArgumentException("maxArticleBytes must be in 1.." + Long.MAX_VALUE / PAGE_FACTOR
                        + ", but was: " + bytes);
            }
            this.maxArticleBytes = bytes;
            return this;
        }

        /** The boilerplate rules applied to every body. */
        public Builder boilerplate(Boilerplate rules) {
            if (rules == null) {
                throw new IllegalArgumentException("boilerplate must be a set of rules, but was: null");
            }
            this.boilerplate = rules;
            return this;
        }

        /** An ingester with these settings; the builder may be changed and used again. */
        public Ingester build() {
            return new Ingester(this);
        }
    }
}
