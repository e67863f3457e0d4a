package org.diplograph.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.Objects;
import org.diplograph.ingest.Article;

/** An article with its CoreNLP annotations; token offsets point into the article's body. */
public record AnnotatedArticle(Article article, CoreDocument document) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(document, "document");
    }
}
