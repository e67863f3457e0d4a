package org.diplograph.cli;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The RDF syntaxes the commands write, by their short names. */
final class Formats {

    private Formats() {
    }

    static Lang lang(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads" -> Lang.NQUADS;
            case "ttl", "turtle" -> Lang.TURTLE;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException("output must be one of trig, nq, ttl, jsonld, but was: " + name);
        };
    }
}
