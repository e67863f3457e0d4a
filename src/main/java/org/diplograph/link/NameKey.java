package org.diplograph.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of a name: case, accents and punctuation folded, so that
 * "U.S.", "US" and "u.s." compare equal, and a leading "the" is dropped. A hyphen
 * after a prefix such as "co" or "non" is dropped too, since English writes those
 * words both ways ("Co-operation" and "Cooperation").
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u2018`\u00b4]");
    private static final Pattern PREFIX_HYPHEN = Pattern.compile("\\b(co|non|pre|re|anti|inter|multi|post|sub|trans)-(?=\\p{L})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** The comparison form of {@code name}; empty when nothing but punctuation remains. */
    public static String of(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        // The linker asks for the key of every span it looks up; most are plain ASCII words, for
        // which every step below but the case is the identity (README, Performance).
        String folded = plain(name) ? name.toLowerCase(Locale.ROOT) : folded(name);
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return folded;
    }

    /** Whether a name is ASCII letters and digits in words one space apart. */
    static boolean plain(String name) {
        boolean afterSpace = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                afterSpace = false;
            } else {
                return false;
            }
        }
        return !afterSpace || name.isEmpty();
    }

    /** The comparison form but for a leading "the": accents, marks, punctuation and separators folded. */
    static String folded(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT);
        folded = folded.replace('\u0131', 'i').replace("\u00df", "ss").replace('\u00f8', 'o')
                .replace('\u0142', 'l').replace('\u0111', 'd').replace("\u00e6", "ae");
        folded = DROPPED.matcher(folded).replaceAll("");
        folded = PREFIX_HYPHEN.matcher(folded).replaceAll("$1");
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }
}
