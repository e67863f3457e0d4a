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

    /** Reads {@code fileText} as a .txt file and checks its title and body. */
    private Article assertRead(String fileText, String title, String body) {
        Article article = single(write(tmp, "article.txt", fileText));
        assertEquals(title, article.title(), "title");
        assertEquals(body, article.body(), "body");
        return article;
    }

    @Test
    void keysAreCaseInsensitiveInAnyOrderAndUnknownKeysIgnored() {
        Article article = assertRead("date: 2024-01-09\nSOURCE: Desk\nTitle: Envoys meet\nUrl: https://x.example/a\n\n"
                + "Envoys met in the border town on Tuesday.\n", "Envoys meet", "Envoys met in the border town on Tuesday.");

        assertEquals("https://x.example/a", article.url());
        assertEquals(LocalDate.of(2024, 1, 9), article.date());
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
        assertRead("URL: https://x.example/b\nDATE: 2024-02-01\n\nFirst line of the report.\nSecond line.\n",
                null, "First line of the report.\nSecond line.");
    }

    @Test
    void aFirstLineWithAColonThatIsNoHeaderKeyStaysInTheBody() {
        assertRead("Warning: the ministry said talks could fail.\n\nDelegates left early.\n",
                "Warning: the ministry said talks could fail.",
                "Warning: the ministry said talks could fail.\n\nDelegates left early.");
    }

    @Test
    void anUnreadableDateIsNoErrorAndGivesNoDate() {
        Path file = write(tmp, "odd-date.txt", "TITLE: Truce\nDATE: the day after the summit\n\nThe truce held.\n");

        assertNull(single(file).date(), "single() fails on any error, so the date is only dropped");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreNotPartOfTheBody() {
        assertRead("\uFEFFTITLE: Port deal\r\nDATE: 2024-03-01\r\n\r\nThe port deal was signed.\r\nCrews cheered.\r\n",
                "Port deal", "The port deal was signed.\nCrews cheered.");
    }
}
