package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves when a statement was made from the words of its sentence and the
 * article's date: "on Sunday" is the last Sunday on or before the article's date,
 * "yesterday" the day before, "last week" seven days before.
 */
final class Dates {

    private Dates() {
    }

    static LocalDate resolve(ParsedSentence sentence, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        for (int t = 0; t < sentence.size(); t++) {
            String word = sentence.lower(t);
            if (sentence.isQuoted(t)) {
                continue;
            }
            DayOfWeek day = weekday(word);
            if (day != null) {
                return articleDate.with(TemporalAdjusters.previousOrSame(day));
            }
            if (word.equals("yesterday")) {
                return articleDate.minusDays(1);
            }
            if (word.equals("last") && t + 1 < sentence.size()) {
                String next = sentence.lower(t + 1);
                if (next.equals("week")) {
                    return articleDate.minusWeeks(1);
                }
                if (next.equals("month")) {
                    return articleDate.minusMonths(1);
                }
                if (next.equals("year")) {
                    return articleDate.minusYears(1);
                }
            }
        }
        return articleDate;
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
                return day;
            }
        }
        return null;
    }
}
