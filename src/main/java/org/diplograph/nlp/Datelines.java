package org.diplograph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("MOSCOW/YEREVAN (Reuters) - ", "BEIJING (AP) — ") open a paragraph without
 * being part of its first sentence, but the parser takes the place for the sentence's subject.
 * The text the parser reads has the dash after the dateline turned into a line break, so the
 * dateline is a sentence of its own; the replacement has the same length, so every character
 * offset still points into the article's body.
 */
final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[A-Z][A-Z.'\u2019/ -]{1,40}(?:, [A-Z][A-Za-z. ]{1,30})? \\([A-Za-z.&' ]{1,30}\\) (-{1,2}|\u2014|\u2013) ");

    private Datelines() {
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
