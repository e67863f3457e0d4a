package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;

/** The articles of {@code examples/}, which the annotation tests take through CoreNLP. */
final class ExampleArticles {

    private ExampleArticles() {
    }

    /** The demo's articles, read as {@code build} reads them; fails if the folder has errors or too few articles. */
    static List<Article> read() {
        IngestResult read = Ingest.read(List.of(Path.of("examples")));
        assertTrue(read.errors().isEmpty(), () -> "examples/: " + read.errors());
        assertTrue(read.articles().size() >= 4, "examples/ should hold the demo's articles");
        return read.articles();
    }
}
