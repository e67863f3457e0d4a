package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The IRIs diplograph mints. Each is derived from what it names, never from a counter,
 * so building the same article twice gives the same IRIs.
 */
public final class Iris {

    private Iris() {
    }

    public static String graph(String articleId) {
        return DIP.ID + "graph/" + articleId;
    }

    public static String article(String articleId) {
        return DIP.ID + "article/" + articleId;
    }

    public static String statement(String articleId, String... parts) {
        return DIP.ID + "statement/" + articleId + "-" + hash(parts);
    }

    public static String condition(String articleId, String... parts) {
        return DIP.ID + "condition/" + articleId + "-" + hash(parts);
    }

    public static String guarantee(String articleId, String... parts) {
        return DIP.ID + "guarantee/" + articleId + "-" + hash(parts);
    }

    /** The group of guarantors of a guarantee, named after the guarantee. */
    public static String group(String guaranteeIri) {
        return DIP.ID + "group/" + guaranteeIri.substring(guaranteeIri.lastIndexOf('/') + 1);
    }

    public static String evidence(String articleId, int begin, int end) {
        return DIP.ID + "evidence/" + articleId + "-" + begin + "-" + end;
    }

    /** An actor known beyond one article: by QID, else by its canonical name. */
    public static String actor(String qidOrName) {
        return DIP.ID + "actor/" + slug(qidOrName);
    }

    /** An actor known only from one article: one node per article. */
    public static String localActor(String articleId, String name) {
        return DIP.ID + "actor/" + articleId + "/" + slug(name);
    }

    public static String territory(String name) {
        return DIP.ID + "territory/" + slug(name);
    }

    public static String population(String name) {
        return DIP.ID + "population/" + slug(name);
    }

    /** A lower-case, ASCII, hyphen-separated form of a name, for use in an IRI. */
    public static String slug(String name) {
        if (name.matches("Q[0-9]+")) {
            return name;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a name must have a letter or digit to make an IRI, but was: " + name);
        }
        return slug;
    }

    static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
