package org.diplograph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.Nlp;

/** A text of a test annotated as the build annotates an article, every sentence parsed. */
final class ParsedText {

    private ParsedText() {
    }

    static CoreDocument of(String text) {
        return Nlp.annotate(new Article("example", null, null, null, text, "example.txt")).document();
    }
}
