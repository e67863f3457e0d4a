package org.diplograph.extract;

/**
 * A span of an article's body: the text and its character offsets, end exclusive.
 */
public record Span(int begin, int end, String text) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= begin <= end, but were: " + begin + ", " + end);
        }
        if (text == null || text.length() != end - begin) {
            throw new IllegalArgumentException("span text must be " + (end - begin) + " characters long, but was: " + text);
        }
    }

    /** Whether this span and {@code other} share a character. */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The span of {@code body} from {@code begin} to {@code end}. */
    public static Span of(String body, int begin, int end) {
        return new Span(begin, end, body.substring(begin, end));
    }
}
