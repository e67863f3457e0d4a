package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a long text into sections that CoreNLP annotates one at a time. A body has one
 * paragraph per line and a line break always ends a sentence, so a cut after a line break
 * splits no sentence: the sections' sentences are those of the whole. Only a single line
 * longer than a section is cut inside, after what looks like a sentence's end.
 */
final class Sections {

    /**
     * A sentence's end: a full stop, question or exclamation mark after a lower-case word or a
     * number (not an initial, as in "George W. Bush", nor "U.S."), then space before a capital
     * or an opening quote.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{Ll}\\p{Ll}|\\d)[.?!][\"'\u201d\u2019)]?\\s+(?=[\\p{Lu}\"'\u201c\u2018(])");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private Sections() {
    }

    /** The start offset of each section of {@code text}, each at most {@code size} characters long. */
    static List<Integer> starts(String text, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("section size must be at least 1 character, but was: " + size);
        }
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            starts.add(start);
            start = cut(text, start, size);
        }
        return starts;
    }

    /** Where the section starting at {@code start} ends: after its last line break, else after a sentence, else at a space. */
    private static int cut(String text, int start, int size) {
        int limit = start + size;
        if (limit >= text.length()) {
            return text.length();
        }
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline >= start) {
            return newline + 1;
        }
        String window = text.substring(start, limit);
        int end = lastEnd(SENTENCE_END.matcher(window));
        if (end < 0) {
            end = lastEnd(SPACE.matcher(window));
        }
        return end > 0 ? start + end : limit;
    }

    private static int lastEnd(Matcher matcher) {
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }
}
