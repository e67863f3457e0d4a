package org.diplograph.eval;

import java.text.Normalizer;
import java.util.Locale;

/** Name comparison as the guidelines define it: case- and accent-insensitive. */
public final class Keys {

    private Keys() {
    }

    public static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
