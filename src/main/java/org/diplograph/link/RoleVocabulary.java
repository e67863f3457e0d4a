package org.diplograph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplograph.WordClasses;

/**
 * The small vocabulary of normalised role titles and the phrases that name them,
 * read from a {@code roles-synonyms.tsv} table: columns {@code phrase}, {@code title},
 * {@code broader} and {@code holders}. A title has a row of its own (phrase equal to
 * title) saying whether one person holds it at a time ({@code one}) or several
 * ({@code many}), and optionally a broader title it is a kind of (a US secretary of
 * state is a kind of foreign minister).
 */
public final class RoleVocabulary {

    private static final String HEADER = "phrase\ttitle\tbroader\tholders";
    private static final Set<String> INTERIM = WordClasses.bundled().get("&INTERIM");

    private final Map<String, String> titleOfPhrase;
    private final Map<String, String> broader;
    private final Set<String> titles;
    private final Set<String> singleHolder;

    private RoleVocabulary(Map<String, String> titleOfPhrase, Map<String, String> broader, Set<String> titles,
                           Set<String> singleHolder) {
        this.titleOfPhrase = Map.copyOf(titleOfPhrase);
        this.broader = Map.copyOf(broader);
        this.titles = Collections.unmodifiableSet(new TreeSet<>(titles));
        this.singleHolder = Set.copyOf(singleHolder);
    }

    /**
     * Reads a vocabulary table.
     *
     * @param in     the table; {@code #} lines are comments, the first other line is the header
     * @param source a name for the table in error messages
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when a row is malformed, a title lacks its own row, or a phrase names two titles
     */
    public static RoleVocabulary read(Reader in, String source) throws IOException {
        Map<String, String> titleOfPhrase = new HashMap<>();
        Map<String, String> broader = new HashMap<>();
        Set<String> titles = new TreeSet<>();
        Set<String> singleHolder = new TreeSet<>();
        Map<String, Integer> synonymLines = new TreeMap<>();
        BufferedReader reader = new BufferedReader(in);
        String line;
        int number = 0;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("%s:%d: header must be '%s', but was: '%s'"
                            .formatted(source, number, HEADER.replace("\t", "\\t"), line.replace("\t", "\\t")));
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("%s:%d: expected 4 tab-separated cells, but found %d"
                        .formatted(source, number, cells.length));
            }
            String phrase = NameKey.of(cells[0]);
            String title = cells[1].strip();
            if (phrase.isEmpty() || title.isEmpty()) {
                throw new IllegalArgumentException("%s:%d: phrase and title must not be empty".formatted(source, number));
            }
            String known = titleOfPhrase.put(phrase, title);
            if (known != null && !known.equals(title)) {
                throw new IllegalArgumentException("%s:%d: phrase '%s' names both '%s' and '%s'"
                        .formatted(source, number, cells[0], known, title));
            }
            if (cells[0].strip().equals(title)) {
                titles.add(title);
                if (!cells[2].isBlank()) {
                    broader.put(title, cells[2].strip());
                }
                switch (cells[3].strip()) {
                    case "one" -> singleHolder.add(title);
                    case "many" -> { }
                    default -> throw new IllegalArgumentException("%s:%d: holders of '%s' must be 'one' or 'many', but was: '%s'"
                            .formatted(source, number, title, cells[3]));
                }
            } else {
                synonymLines.put(title, number);
            }
        }
        for (Map.Entry<String, Integer> synonym : synonymLines.entrySet()) {
            if (!titles.contains(synonym.getKey())) {
                throw new IllegalArgumentException("%s:%d: title '%s' has no row of its own"
                        .formatted(source, synonym.getValue(), synonym.getKey()));
            }
        }
        for (Map.Entry<String, String> b : broader.entrySet()) {
            if (!titles.contains(b.getValue())) {
                throw new IllegalArgumentException("%s: broader title '%s' of '%s' has no row of its own"
                        .formatted(source, b.getValue(), b.getKey()));
            }
        }
        return new RoleVocabulary(titleOfPhrase, broader, titles, singleHolder);
    }

    /** The normalised titles, sorted. */
    public Set<String> titles() {
        return titles;
    }

    /**
     * The title a phrase names, matched whole after case, accents and punctuation are folded
     * and a leading "acting" or "interim" is dropped: "Minister of Foreign Affairs" gives
     * "foreign minister", "deputy foreign minister" gives nothing.
     */
    public Optional<String> normalise(String text) {
        if (text == null) {
            throw new IllegalArgumentException("role text must not be null");
        }
        String key = NameKey.of(text);
        for (String interim : INTERIM) {
            String prefix = interim + " ";
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
            }
        }
        return Optional.ofNullable(titleOfPhrase.get(key));
    }

    /** The broader title {@code title} is a kind of, if any. */
    public Optional<String> broader(String title) {
        return Optional.ofNullable(broader.get(title));
    }

    /** Whether {@code title} is {@code wanted} or a kind of it. */
    public boolean isA(String title, String wanted) {
        for (String t = title; t != null; t = broader.get(t)) {
            if (t.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one person at a time holds {@code title} for a given state or organisation. */
    public boolean isSingleHolder(String title) {
        return singleHolder.contains(title);
    }
}
