package org.diplograph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Page furniture that is not the text of a report: publisher bylines, reading-time badges,
 * share prompts, teasers, credit lines, advertising and cookie notices.
 * <p>
 * A rule is a regular expression that must match a whole line (leading and trailing
 * whitespace aside), case-insensitively. {@link #clean} drops matching lines only, never
 * parts of a line, so what stays is the text as published.
 * <pre>{@code
 * String body = Boilerplate.standard().clean(text);
 * }</pre>
 */
public final class Boilerplate {

    private static final String STANDARD_RESOURCE = "boilerplate.txt";

    private static final Boilerplate STANDARD = loadStandard();

    private final List<Pattern> rules;

    private Boilerplate(List<Pattern> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code org/diplograph/ingest/boilerplate.txt}. */
    public static Boilerplate standard() {
        return STANDARD;
    }

    /**
     * Rules from the lines of a rule file: one regular expression a line; blank lines and
     * lines starting with {@code #} (the reason for the rules below them) are skipped.
     *
     * @throws IllegalArgumentException naming the line of a rule that is not a valid expression
     */
    public static Boilerplate parse(List<String> lines) {
        if (lines == null) {
            throw new IllegalArgumentException("lines must be a list of rules, but was: null");
        }
        List<Pattern> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) == null ? "" : lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("boilerplate rule on line " + (i + 1)
                        + " is not a regular expression: " + e.getDescription() + ": " + line, e);
            }
        }
        return new Boilerplate(rules);
    }

    /** Whether the whole of {@code line} is boilerplate. */
    public boolean isBoilerplate(String line) {
        if (line == null) {
            throw new IllegalArgumentException("line must be text, but was: null");
        }
        String text = line.replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            return false;
        }
        for (Pattern rule : rules) {
            if (rule.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} without its boilerplate lines, each line's trailing whitespace trimmed,
     * runs of blank lines collapsed to one and no blank line at either end. Line breaks
     * become {@code \n}.
     */
    public String clean(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must be given, but was: null");
        }
        List<String> kept = new ArrayList<>();
        for (String line : TextBytes.unixLines(text).split("\n", -1)) {
            String trimmed = trimEnd(line);
            if (trimmed.isEmpty()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
            } else if (!isBoilerplate(trimmed)) {
                kept.add(trimmed);
            }
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept);
    }

    /** Like {@link String#stripTrailing()}, and no-break spaces as well, which HTML pages are full of. */
    private static String trimEnd(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || Character.isSpaceChar(line.charAt(end - 1)))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static Boilerplate loadStandard() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/diplograph/ingest/" + STANDARD_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/diplograph/ingest/" + STANDARD_RESOURCE, e);
        }
    }
}
