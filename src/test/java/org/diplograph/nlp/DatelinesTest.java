package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"MOSCOW/YEREVAN (Reuters) - ", "BEIJING (AP) \u2014 ", "DOHA, April 24 - ", "TEHRAN - ",
            "KINGSTOWN, St Vincent - ", "MEXICO CITY, Aug. 13 -- ", "UNITED NATIONS, Oct 5 (Reuters) - "})
    void aDatelineBecomesASentenceOfItsOwnWithTheOffsetsKept(String dateline) {
        String body = "Opening words.\n\n" + dateline + "Russia rejected the plan on Monday.";
        String separated = Datelines.separated(body);
        assertEquals(body.length(), separated.length(), "the separated text must keep every offset");
        String place = dateline.substring(0, dateline.lastIndexOf(' ', dateline.length() - 2));
        int at = body.indexOf(dateline);
        assertTrue(separated.substring(at + place.length(), at + dateline.length()).contains("\n"),
                () -> "the dash after '" + place + "' should be a line break in: " + separated);
        assertTrue(Datelines.isDateline(place), () -> "'" + place + "' should read as a dateline standing alone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia and Ukraine - the two sides - met again. ", "The U.N. envoy - a veteran - said so. ",
            "NATO said the alliance would answer. "})
    void aSentenceWithADashIsNoDateline(String line) {
        String body = "Opening words.\n\n" + line;
        assertEquals(body, Datelines.separated(body), "only a dateline's dash becomes a line break");
        assertFalse(Datelines.isDateline(line.strip()), () -> "'" + line + "' is no dateline");
    }
}
