package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.assertSameLines;
import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.lines;
import static org.diplograph.ingest.IngestFixtures.single;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTextTest {

    @TempDir
    Path tmp;

    @Test
    void headerGivesMetadataAndBoilerplateLeavesTheBody() {
        Path file = fixture("text/fisheries-header.txt");
        Article article = single(file);

        assertEquals("https://News.Example.org/world/fisheries-talks/#comments", article.url());
        assertEquals("Norland and Vesteria agree to resume fisheries talks after trawler seizure", article.title());
        assertEquals(LocalDate.of(2024, 3, 3), article.date());
        assertEquals(file.toString(), article.sourceFile());
        assertSameLines(List.of(
                "Norland and Vesteria agree to resume fisheries talks after trawler seizure",
                "",
                "HARBOURTON (Coastal Wire) - Norland offered on Sunday to free the crew of a seized Vesterian"
                        + " trawler if Vesteria came back to the table on cod quotas in the contested Grey Shelf,"
                        + " the Norlandic foreign ministry said.",
                "Vesterian fisheries minister Ada Kolbe said her government would take up the offer but refused"
                        + " any cap on its catch before the talks opened."),
                lines(article.body()), "body lines");
    }

    @Test
    void withoutHeaderTheWholeFileIsTheBodyAndItsFirstLineTheTitle() {
        Article article = single(fixture("text/border-truce-no-header.txt"));

        assertEquals("Border truce holds as monitors reach the Kaldor valley", article.title());
        assertNull(article.url());
        assertNull(article.date());
        List<String> body = lines(article.body());
        assertEquals(5, body.size(), "headline, blank, paragraph, blank, paragraph: " + body);
        assertEquals(article.title(), body.get(0));
        assertEquals("", body.get(1));
    }

    @Test
    void keysAreCaseInsensitiveInAnyOrderAndUnknownKeysIgnored() {
        Path file = write(tmp, "keys.txt", "date: 2024-01-09\nSOURCE: Desk\nTitle: Envoys meet\nUrl: https://x.example/a\n\n"
                + "Envoys met in the border town on Tuesday.\n");
        Article article = single(file);

        assertEquals("https://x.example/a", article.url());
        assertEquals("Envoys meet", article.title());
        assertEquals(LocalDate.of(2024, 1, 9), article.date());
        assertEquals("Envoys met in the border town on Tuesday.", article.body());
    }

    @Test
    void placeholderUrlsMeanNoUrl() {
        for (String placeholder : List.of("unknown", "NONE", "")) {
            Path file = write(tmp, "placeholder.txt", "URL: " + placeholder + "\nTITLE: Talks\n\nTalks resumed.\n");
            assertNull(single(file).url(), "URL: " + placeholder);
        }
    }

    @Test
    void headerWithoutTitleGivesNoTitle() {
        Path file = write(tmp, "no-title.txt", "URL: https://x.example/b\nDATE: 2024-02-01\n\nFirst line of the report.\nSecond line.\n");
        Article article = single(file);

        assertNull(article.title());
        assertEquals("First line of the report.\nSecond line.", article.body());
    }

    @Test
    void aFirstLineWithAColonThatIsNoHeaderKeyStaysInTheBody() {
        Path file = write(tmp, "dateline.txt", "Warning: the ministry said talks could fail.\n\nDelegates left early.\n");
        Article article = single(file);

        assertEquals("Warning: the ministry said talks could fail.", article.title());
        assertEquals("Warning: the ministry said talks could fail.\n\nDelegates left early.", article.body());
    }

    @Test
    void anUnreadableDateIsNoErrorAndGivesNoDate() {
        Path file = write(tmp, "odd-date.txt", "TITLE: Truce\nDATE: the day after the summit\n\nThe truce held.\n");

        assertNull(single(file).date(), "single() fails on any error, so the date is only dropped");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreNotPartOfTheBody() {
        Path file = write(tmp, "crlf.txt", "\uFEFFTITLE: Port deal\r\nDATE: 2024-03-01\r\n\r\nThe port deal was signed.\r\nCrews cheered.\r\n");
        Article article = single(file);

        assertEquals("Port deal", article.title());
        assertEquals("The port deal was signed.\nCrews cheered.", article.body());
    }
}
