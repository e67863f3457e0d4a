package org.diplograph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import org.diplograph.WordClasses;

/**
 * Resolves when a statement was made from the words of its sentence and the
 * article's date: "on Sunday" is the last Sunday on or before the article's date,
 * "yesterday" the day before, "last week" seven days before.
 */
final class Dates {

    private static final Set<String> YESTERDAY = WordClasses.bundled().get("&YESTERDAY");
    private static final Set<String> PREVIOUS = WordClasses.bundled().get("&PREVIOUS");
    private static final Set<String> WEEK = WordClasses.bundled().get("&WEEK");
    private static final Set<String> MONTH = WordClasses.bundled().get("&MONTH");
    private static final Set<String> YEAR = WordClasses.bundled().get("&YEAR");

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
            if (YESTERDAY.contains(word)) {
                return articleDate.minusDays(1);
            }
            if (PREVIOUS.contains(word) && t + 1 < sentence.size()) {
                String next = sentence.lower(t + 1);
                if (WEEK.contains(next)) {
                    return articleDate.minusWeeks(1);
                }
                if (MONTH.contains(next)) {
                    return articleDate.minusMonths(1);
                }
                if (YEAR.contains(next)) {
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
