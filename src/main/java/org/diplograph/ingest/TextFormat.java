package org.diplograph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: an optional header block of {@code Key: value} lines naming at least one of
 * {@code URL}, {@code TITLE} and {@code DATE} (keys in any case and order, other keys
 * ignored), a blank line, then the body. Without a header the whole file is the body and
 * its first line the title. A body wrapped at a fixed width is joined back into paragraphs
 * ({@link HardWraps}).
 */
final class TextFormat {

    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,39})[ \\t]*:[ \\t]*(.*)");

    private static final List<String> KNOWN_KEYS = List.of("url", "title", "date");

    private TextFormat() {
    }

    static Article read(String text, String source, Boilerplate boilerplate) throws Rejected {
        String[] lines = TextBytes.unixLines(text).split("\n", -1);
        Map<String, String> header = new HashMap<>();
        int bodyStart = 0;
        while (bodyStart < lines.length) {
            Matcher m = HEADER_LINE.matcher(lines[bodyStart].strip());
            if (!m.matches()) {
                break;
            }
            header.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            bodyStart++;
        }
        if (KNOWN_KEYS.stream().noneMatch(header::containsKey)) {
            String body = Articles.plainBody(String.join("\n", lines), boilerplate);
            return Articles.build(null, firstLine(body), null, body, source);
        }
        if (bodyStart < lines.length && lines[bodyStart].isBlank()) {
            bodyStart++;
        }
        String body = Articles.plainBody(String.join("\n", List.of(lines).subList(bodyStart, lines.length)), boilerplate);
        return Articles.build(header.get("url"), header.get("title"),
                Articles.date(source, header.get("date")), body, source);
    }

    /** The first line of a cleaned body, which never starts with a blank line. */
    private static String firstLine(String body) {
        int end = body.indexOf('\n');
        return (end < 0 ? body : body.substring(0, end)).strip();
    }
}
