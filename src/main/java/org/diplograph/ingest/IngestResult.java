package org.diplograph.ingest;

import java.util.List;

/**
 * What a batch of inputs gave: the articles read and the inputs rejected, both in
 * input order (folders in path order, JSON Lines records in line order).
 *
 * @param articles the articles, never {@code null}
 * @param errors   the rejected inputs, never {@code null}
 */
public record IngestResult(List<Article> articles, List<IngestError> errors) {

    public IngestResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }
}
