package org.diplograph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("MOSCOW/YEREVAN (Reuters) - ", "BEIJING (AP) — ", "DOHA, April 24 - ",
 * "KINGSTOWN, St Vincent - ", "TEHRAN - ") open a paragraph without being part of its first
 * sentence, but the parser takes the place for the sentence's subject and the linker the city
 * for its state. The text the parser reads has the dash after the dateline turned into a line
 * break, so the dateline is a sentence of its own; the replacement has the same length, so
 * every character offset still points into the article's body.
 */
public final class Datelines {

    /** The place in capitals, then a date or a region, then the agency, each optional. */
    private static final String PLACE = "[A-Z][A-Z.'\u2019/ -]{1,40}(?:, [A-Z][A-Za-z0-9. ]{1,30})?(?: \\([A-Za-z.&' ]{1,30}\\))?";
    private static final Pattern DATELINE = Pattern.compile("(?m)^" + PLACE + " (-{1,2}|\u2014|\u2013) ");
    private static final Pattern ALONE = Pattern.compile(PLACE + "\\s*");

    private Datelines() {
    }

    /**
     * Whether a sentence's text is a dateline standing alone, as {@link #separated} leaves it
     * ("DOHA, April 24", "VIENNA (AP)"): it names no actor.
     */
    public static boolean isDateline(String sentence) {
        // a place in capitals has two at least: "A" or "I" alone opens a sentence, not a dateline
        return ALONE.matcher(sentence).matches() && Character.isUpperCase(sentence.charAt(1));
    }

    /** The body with the dash of each dateline replaced by as many line breaks. */
    static String separated(String body) {
        Matcher matcher = DATELINE.matcher(body);
        if (!matcher.find()) {
            return body;
        }
        StringBuilder text = new StringBuilder(body);
        do {
            for (int c = matcher.start(1); c < matcher.end(1); c++) {
                text.setCharAt(c, '\n');
            }
        } while (matcher.find());
        return text.toString();
    }
}
