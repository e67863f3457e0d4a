package org.diplograph.extract;

import java.util.List;
import java.util.Objects;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;

/**
 * What the extractor found in one article: its statements and every actor named in
 * the body, each actor once.
 */
public record Extraction(Article article, List<Actor> actors, List<Statement> statements) {

    public Extraction {
        Objects.requireNonNull(article, "article");
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
    }
}
