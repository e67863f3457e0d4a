package org.diplograph.link.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH2 / Phoenix actor dictionary as entries: a {@code NAME_} line, {@code +ALIAS}
 * lines, and codes in brackets, each optionally dated ({@code >YYYYMMDD} from,
 * {@code <YYYYMMDD} until, {@code D1-D2} a range; six-digit dates are {@code YYMMDD}).
 * {@code #} starts a comment; a comment on a line of its own is kept as the section
 * heading of the entries that follow, until the next heading or the next country entry.
 */
final class PhoenixDictionary {

    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\]\\s]+)\\s*([^\\]]*)\\]");
    private static final Pattern ROMAN = Pattern.compile("I{1,3}|IV|VI{0,3}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Set<String> LOWER_PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "de", "del", "della", "der", "den", "van", "von", "da", "dos", "das",
            "du", "la", "le", "y", "of", "the", "and");

    /** A code of an entry, with its dates and the comment of its line. */
    record Code(String code, LocalDate from, LocalDate to, boolean dated, String comment) {
    }

    /** One entry: its name, aliases and codes, where it was read, and the section it is in. */
    record Entry(String name, List<String> aliases, List<Code> codes, String section, String where) {

        /** A country entry: only three-letter codes, dated where the country changed (USR, then UKR). */
        boolean isCountry() {
            return !codes.isEmpty() && codes.stream().allMatch(c -> COUNTRY_CODE.matcher(c.code()).matches());
        }

        /**
         * The three-letter code the country goes by now, when the entry has one; a country entry
         * may also carry the codes of states it was part of ({@code [USRUKR <910824]}).
         */
        Optional<String> currentCountryCode() {
            return codes.stream().filter(c -> c.to() == null && COUNTRY_CODE.matcher(c.code()).matches())
                    .map(Code::code).reduce((a, b) -> b);
        }
    }

    private final String file;
    private final List<Entry> entries;
    private final List<String> warnings;

    private PhoenixDictionary(String file, List<Entry> entries, List<String> warnings) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
    }

    static PhoenixDictionary read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("PETRARCH2 dictionary not found: " + path);
        }
        String file = path.getFileName().toString();
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String section = null;
        String name = null;
        List<String> aliases = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        String where = null;
        // InputStreamReader, unlike Files.newBufferedReader, replaces the few malformed bytes instead of failing.
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    section = trimmed.substring(1).strip();
                    continue;
                }
                int hash = trimmed.indexOf('#');
                String text = hash < 0 ? trimmed : trimmed.substring(0, hash);
                String comment = hash < 0 ? "" : trimmed.substring(hash + 1).strip();
                int bracket = text.indexOf('[');
                String head = (bracket < 0 ? text : text.substring(0, bracket)).strip();
                List<Code> lineCodes = codes(bracket < 0 ? "" : text.substring(bracket), comment,
                        file + ":" + number, warnings);
                if (trimmed.startsWith("+")) {
                    if (name != null && head.length() > 1 && head.indexOf('\uFFFD') < 0) {
                        aliases.add(head.substring(1));
                    }
                    codes.addAll(lineCodes);
                } else if (trimmed.startsWith("[")) {
                    codes.addAll(lineCodes);
                } else {
                    if (name != null) {
                        Entry done = new Entry(name, aliases, codes, section, where);
                        entries.add(done);
                    }
                    name = head;
                    aliases = new ArrayList<>();
                    codes = new ArrayList<>(lineCodes);
                    where = file + ":" + number;
                    if (new Entry(name, List.of(), codes, null, where).isCountry()) {
                        section = null;
                    }
                }
            }
        }
        if (name != null) {
            entries.add(new Entry(name, aliases, codes, section, where));
        }
        return new PhoenixDictionary(file, entries, warnings);
    }

    private static List<Code> codes(String text, String comment, String where, List<String> warnings) {
        List<Code> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String spec = m.group(2).strip();
            try {
                LocalDate from = null;
                LocalDate to = null;
                if (spec.startsWith(">")) {
                    from = date(spec.substring(1));
                } else if (spec.startsWith("<")) {
                    to = date(spec.substring(1));
                } else if (!spec.isEmpty()) {
                    int dash = spec.indexOf('-');
                    if (dash < 0) {
                        throw new IllegalArgumentException("not a date range");
                    }
                    from = date(spec.substring(0, dash));
                    to = date(spec.substring(dash + 1));
                }
                if (from != null && to != null && to.isBefore(from)) {
                    throw new IllegalArgumentException("range ends before it starts");
                }
                codes.add(new Code(m.group(1), from, to, !spec.isEmpty(), comment));
            } catch (IllegalArgumentException | DateTimeException e) {
                warnings.add("%s: code [%s %s] skipped: %s".formatted(where, m.group(1), spec, e.getMessage()));
            }
        }
        return codes;
    }

    private static LocalDate date(String digits) {
        String d = digits.strip();
        if (!d.chars().allMatch(Character::isDigit) || (d.length() != 6 && d.length() != 8)) {
            throw new IllegalArgumentException("date must be YYYYMMDD or YYMMDD, but was: " + d);
        }
        int year;
        String rest;
        if (d.length() == 8) {
            year = Integer.parseInt(d.substring(0, 4));
            rest = d.substring(4);
        } else {
            int yy = Integer.parseInt(d.substring(0, 2));
            // The dictionaries were compiled in 2014; two-digit years up to 30 are of this century.
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = d.substring(2);
        }
        return LocalDate.of(year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(2)));
    }

    /** The entries, in file order. */
    List<Entry> entries() {
        return entries;
    }

    /** Codes that could not be read, with where they are. */
    List<String> warnings() {
        return warnings;
    }

    String file() {
        return file;
    }

    /** A dictionary name as text: underscores as spaces, words capitalised ("SERGEY_LAVROV_" is "Sergey Lavrov"). */
    static String display(String dictionaryName) {
        String[] words = dictionaryName.replace('_', ' ').strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            boolean last = i == words.length - 1;
            out.append(i > 0 && last && ROMAN.matcher(words[i]).matches() ? words[i] : capitalise(words[i], i > 0));
        }
        return out.toString();
    }

    private static String capitalise(String word, boolean inner) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (inner && LOWER_PARTICLES.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '.';
            if (c == '-' && inner && out.length() >= 3) {
                String prefix = out.substring(0, out.length() - 1).toLowerCase(Locale.ROOT);
                if (prefix.equals("al") || prefix.equals("el")) {
                    out.replace(0, out.length() - 1, prefix);
                }
            }
        }
        if (out.length() > 2 && out.charAt(0) == 'M' && out.charAt(1) == 'c') {
            out.setCharAt(2, Character.toUpperCase(out.charAt(2)));
        }
        return out.toString();
    }
}
