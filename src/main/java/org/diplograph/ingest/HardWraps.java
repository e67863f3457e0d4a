package org.diplograph.ingest;

/**
 * Text wrapped at a fixed width: wire copy, e-mailed reports and text saved from a PDF break
 * every line at 70 or 80 characters, inside sentences. The annotator takes each line break for
 * the end of a sentence (a news body puts one paragraph on a line), so such a body is first
 * joined back into paragraphs.
 * <p>
 * A body counts as wrapped when it has at least {@value #MIN_LINES} lines, none longer than
 * {@value #MAX_WIDTH} characters, and at least {@value #MIN_BROKEN} breaks that can only be
 * wraps: a line that ends without a sentence's closing mark, followed by one that opens in
 * lower case. A body with a paragraph a line never qualifies: its paragraphs run longer than
 * that, and a line ends with its paragraph's last sentence. In a wrapped body, a line runs on
 * into the next line of its paragraph unless it stops well short of the wrapping width, as the
 * last line of a paragraph and a heading do; a word hyphenated at the end of a line keeps its
 * hyphen and no space.
 */
final class HardWraps {

    static final int MIN_LINES = 4;
    static final int MAX_WIDTH = 100;
    static final int MIN_BROKEN = 2;

    /** A line shorter than this share of the wrapping width ends its paragraph or heading. */
    private static final double FULL_LINE = 0.6;

    private HardWraps() {
    }

    /** The body with its wrapped paragraphs joined, or the body itself where it is not wrapped. */
    static String unwrap(String body) {
        String[] lines = body.split("\n", -1);
        int width = wrapWidth(lines);
        if (width == 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        boolean ranOn = false;
        for (int i = 0; i < lines.length; i++) {
            String line = ranOn ? lines[i].strip() : lines[i].stripTrailing();
            out.append(line);
            if (i + 1 == lines.length) {
                break;
            }
            ranOn = !line.isBlank() && !lines[i + 1].isBlank() && line.length() >= FULL_LINE * width;
            if (!ranOn) {
                out.append('\n');
            } else if (!endsHyphenated(line)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** "Vesteria-" at a line's end: a word hyphenated there, which runs on with no space. */
    private static boolean endsHyphenated(String line) {
        return line.length() > 1 && line.endsWith("-") && Character.isLetter(line.charAt(line.length() - 2));
    }

    /** The width a body is wrapped at (its longest line), or 0 where it is not wrapped. */
    static int wrapWidth(String[] lines) {
        int nonBlank = 0;
        int longest = 0;
        int broken = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            longest = Math.max(longest, line.length());
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !endsSentence(line)) {
                broken++;
            }
        }
        return nonBlank >= MIN_LINES && longest <= MAX_WIDTH && broken >= MIN_BROKEN ? longest : 0;
    }

    private static boolean endsSentence(String line) {
        int last = line.codePointBefore(line.length());
        return ".!?:;\"'\u201d\u2019)]\u2026".indexOf(last) >= 0;
    }
}
