package org.diplograph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as news sites write them. A date-time keeps the calendar
 * date it was written with: the publisher's own day, not the day in UTC.
 */
final class Dates {

    /** 2025-08-24, 2025/08/24, and any time or zone after it (2025-08-24T10:00:00Z). */
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s].*)?");

    private static final String WEEKDAY = "(?:[A-Za-z]+\\.?,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String MONTH = "([A-Za-z]+)\\.?";
    private static final String YEAR = "(\\d{4})";
    private static final String TIME_AFTER = "(?:(?:,?\\s|T).*)?";

    /** August 24, 2025; Aug. 24 2025; Sunday, August 24, 2025 10:00 GMT. */
    private static final Pattern MONTH_FIRST =
            Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME_AFTER);

    /** 24 August 2025; Sun, 24 Aug 2025 10:00:00 GMT. */
    private static final Pattern DAY_FIRST =
            Pattern.compile(WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + TIME_AFTER);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The calendar date in {@code value}, or empty when it is not a date in a form this knows. */
    static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return date(numeric.group(1), Integer.parseInt(numeric.group(2)), numeric.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.matches()) {
            return month(monthFirst.group(1)).flatMap(month -> date(monthFirst.group(3), month, monthFirst.group(2)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return month(dayFirst.group(2)).flatMap(month -> date(dayFirst.group(3), month, dayFirst.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
