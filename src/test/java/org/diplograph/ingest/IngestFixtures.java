package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.diplograph.SharedFolder;

/** Fixture files of this package's tests and the checks they share. */
final class IngestFixtures {

    private IngestFixtures() {
    }

    /** A file or folder under {@code src/test/resources/org/diplograph/ingest}. */
    static Path fixture(String relative) {
        URL url = IngestFixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture org/diplograph/ingest/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name}. */
    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only article of reading {@code file}, failing with the errors when there is none. */
    static Article single(Path file) {
        IngestResult result = Ingest.readFile(file);
        if (!result.errors().isEmpty() || result.articles().size() != 1) {
            fail("expected one article from " + file + ", got " + result.articles().size()
                    + " and errors " + result.errors());
        }
        return result.articles().get(0);
    }

    /** The only error of reading {@code file}, failing with what was read instead. */
    static IngestError singleError(IngestResult result) {
        if (result.errors().size() != 1 || !result.articles().isEmpty()) {
            fail("expected exactly one error and no article, got errors " + result.errors()
                    + " and articles " + result.articles().stream().map(Article::sourceFile).toList());
        }
        return result.errors().get(0);
    }

    /** Fails listing what {@code actual} lacks and what it has beyond {@code expected}, when they differ. */
    static void assertSameLines(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        fail(what + " differ.\n  missing:    " + missing + "\n  unexpected: " + unexpected
                + "\n  expected:   " + expected + "\n  actual:     " + actual);
    }

    /**
     * The texts of the articles of the shared evaluation sets (dev, and train where present), by
     * file name; the test is skipped where the sets are not beside the repository.
     */
    static Map<String, String> evaluationTexts() throws IOException {
        assumeTrue(Files.isDirectory(SharedFolder.dev()), "no evaluation sets at " + SharedFolder.dev().toAbsolutePath());
        Map<String, String> texts = new TreeMap<>();
        for (Path set : List.of(SharedFolder.dev(), SharedFolder.train())) {
            if (!Files.isDirectory(set)) {
                continue;
            }
            try (Stream<Path> files = Files.list(set)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    texts.put(set.getFileName() + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    static List<String> lines(String body) {
        return List.of(body.split("\n", -1));
    }
}
