package org.diplograph.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source: metadata and the body text that
 * every evidence offset points into.
 *
 * @param id         stable identifier, derived from the URL or, without one, from the content
 * @param url        the article's URL, or {@code null} when the source gives none
 * @param title      the headline, or {@code null}
 * @param date       the publication date, or {@code null}
 * @param body       the body text, boilerplate removed
 * @param sourceFile the file (or {@code file#line} of a JSON Lines record) it was read from
 */
public record Article(String id, String url, String title, LocalDate date, String body, String sourceFile) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    public Optional<String> urlOpt() {
        return Optional.ofNullable(url);
    }

    public Optional<LocalDate> dateOpt() {
        return Optional.ofNullable(date);
    }
}
