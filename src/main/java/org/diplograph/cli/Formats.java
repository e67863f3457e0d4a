package org.diplograph.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The RDF syntaxes the commands write, by their short names (and the long ones users also type). */
final class Formats {

    /** The names that help texts and error messages list. */
    static final String NAMES = "nq, trig, ttl, jsonld";

    private static final Map<String, Lang> BY_NAME = Map.of(
            "nq", Lang.NQUADS, "nquads", Lang.NQUADS,
            "trig", Lang.TRIG,
            "ttl", Lang.TURTLE, "turtle", Lang.TURTLE,
            "jsonld", Lang.JSONLD, "json-ld", Lang.JSONLD);

    private Formats() {
    }

    /** The syntax named {@code name} (a format name or a file extension), if there is one. */
    static Optional<Lang> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The syntax named {@code name}; an error that lists the names where there is none. */
    static Lang lang(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "output must be one of " + NAMES + ", but was: " + name));
    }
}
