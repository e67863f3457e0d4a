package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.assertSameLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the shared development articles as the pipeline will. The checks are general: no
 * article sentence is named here.
 */
class IngestDevSetTest {

    /** Furniture seen on news pages, checked here independently of the rule file. */
    private static boolean furniture(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("published by") || lower.matches("\\d+ min read.*")
                || lower.startsWith("explore more") || lower.startsWith("posted on")
                || lower.startsWith("(reporting by");
    }

    private static Path devFolder() {
        Path dev = Path.of(System.getProperty("diplograph.shared", "../shared"), "eval", "dev");
        assumeTrue(Files.isDirectory(dev), "no development set at " + dev.toAbsolutePath());
        return dev;
    }

    private static List<Path> devArticles(Path dev) throws IOException {
        try (Stream<Path> files = Files.list(dev)) {
            List<Path> txt = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assumeTrue(!txt.isEmpty(), "no .txt articles in " + dev);
            return txt;
        }
    }

    @Test
    void everyDevArticleLoadsWithTitleDateAndNoFurniture() throws IOException {
        Path dev = devFolder();
        List<Path> files = devArticles(dev);
        IngestResult result = Ingest.read(List.of(dev));

        assertEquals(List.of(), result.errors());
        assertEquals(files.stream().map(Path::toString).toList(),
                result.articles().stream().map(Article::sourceFile).toList());
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Article article : result.articles()) {
            String name = Path.of(article.sourceFile()).getFileName().toString();
            if (article.title() == null || article.date() == null) {
                problems.add(name + ": title " + article.title() + ", date " + article.date());
            }
            for (String line : article.body().split("\n")) {
                if (furniture(line)) {
                    problems.add(name + ": boilerplate left in the body: " + line);
                }
            }
            if (!ids.add(article.id())) {
                problems.add(name + ": id " + article.id() + " is not unique");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReportLineAfterTheHeaderSurvivesInOrder() throws IOException {
        for (Path file : devArticles(devFolder())) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            int headerEnd = raw.indexOf("\n\n");
            assertTrue(headerEnd > 0, file + " has no header block");
            List<String> expected = raw.substring(headerEnd + 2).lines()
                    .map(String::stripTrailing).filter(line -> !line.isEmpty() && !furniture(line)).toList();
            List<String> actual = Ingest.readFile(file).articles().get(0).body().lines()
                    .filter(line -> !line.isEmpty()).toList();
            assertFalse(expected.isEmpty(), file + " has no body lines");
            assertSameLines(expected, actual, file.getFileName() + " report lines");
        }
    }
}
