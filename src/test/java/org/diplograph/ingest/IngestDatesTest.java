package org.diplograph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2025-08-24", "2025/08/24", "2025-08-24T10:00:00Z", "2025-08-24T23:30:00-05:00", "2025-08-24 10:00",
        "August 24, 2025", "Aug 24, 2025", "Aug. 24 2025", "Sunday, August 24, 2025", "august 24th, 2025",
        "24 August 2025", "24 Aug 2025", "Sun, 24 Aug 2025 10:00:00 GMT", " 24 August 2025 ",
    })
    void commonFormsGiveTheWrittenCalendarDate(String value) {
        assertEquals(Optional.of(LocalDate.of(2025, 8, 24)), Dates.parse(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-02-30", "Smarch 3, 2024", "24/08/2025", "2025", "August 2025"})
    void otherTextIsNoDate(String value) {
        assertEquals(Optional.empty(), Dates.parse(value), value);
    }
}
