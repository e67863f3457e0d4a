package org.diplograph.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a person held for a state or organisation.
 *
 * @param holderKey the key of the person
 * @param ofKey     the key of the state or organisation the office belongs to
 * @param title     the normalised title, one of {@link Gazetteer#roleTitles()}
 * @param from      the first day in office, or {@code null} when not recorded
 * @param to        the day the holder left office (no longer held from that day), or {@code null} while held
 */
public record Role(String holderKey, String ofKey, String title, LocalDate from, LocalDate to) {

    public Role {
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(ofKey, "ofKey");
        Objects.requireNonNull(title, "title");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "role of %s as %s of %s ends on %s, before it starts on %s".formatted(holderKey, title, ofKey, to, from));
        }
    }

    /** Whether the role was held on {@code date}: from it on, and before {@code to}. */
    public boolean heldOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
