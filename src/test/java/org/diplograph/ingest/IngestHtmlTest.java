package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.assertSameLines;
import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.lines;
import static org.diplograph.ingest.IngestFixtures.single;
import static org.diplograph.ingest.IngestFixtures.singleError;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestHtmlTest {

    @TempDir
    Path tmp;

    @Test
    void pageChromeIsDroppedAndParagraphsBecomeLines() {
        Article article = single(fixture("html/grain-corridor-page.html"));

        assertEquals("Envoys sign grain corridor accord in Port Meridian", article.title());
        assertEquals("https://www.harbour-times.example/world/grain-corridor-accord/", article.url());
        assertEquals(LocalDate.of(2024, 6, 11), article.date());
        assertSameLines(List.of(
                "PORT MERIDIAN (Harbour Times) - Envoys of Calvania and the Drusian Federation signed an accord on"
                        + " Tuesday that reopens a grain corridor across the Amber Sea, with naval escorts from the"
                        + " Strait Union.",
                "Under the text, Drusian warships must stay twenty nautical miles from the corridor, and Calvania"
                        + " agrees to open its holds to inspectors.",
                "Inspections first",
                "\"No ship sails until the inspectors are aboard,\" the Strait Union's envoy told reporters.",
                "The accord lists three conditions:",
                "inspections in every loading port;",
                "a ban on escorts entering territorial waters;",
                "a review after ninety days."),
                lines(article.body()), "body lines");
    }

    @Test
    void titleFallsBackToTitleElementThenFirstHeading() {
        Path titled = write(tmp, "titled.html", "<html><head><title>Summit ends early</title></head>"
                + "<body><h1>Heading</h1><p>The summit ended a day early.</p></body></html>");
        Path headed = write(tmp, "headed.html", "<body><h1>Summit ends early</h1><p>The summit ended a day early.</p></body>");

        assertEquals("Summit ends early", single(titled).title());
        assertEquals("Summit ends early", single(headed).title());
    }

    @Test
    void urlFallsBackToOgUrlAndDateToTimeThenMetaDate() {
        Path timed = write(tmp, "timed.html", "<head><meta property='og:url' content='https://p.example/talks'></head>"
                + "<body><article><time datetime='2024-04-02T09:00:00Z'>2 April</time><p>Talks began.</p></article></body>");
        Path meta = write(tmp, "meta.html", "<head><meta name='date' content='April 3, 2024'></head>"
                + "<body><article><p>Talks went on.</p></article></body>");

        Article first = single(timed);
        assertEquals("https://p.example/talks", first.url());
        assertEquals(LocalDate.of(2024, 4, 2), first.date());
        Article second = single(meta);
        assertNull(second.url());
        assertEquals(LocalDate.of(2024, 4, 3), second.date());
    }

    @Test
    void mainElementIsTheContentWhenThereIsNoArticle() {
        Path file = write(tmp, "main.html", "<body><nav><p>Home</p></nav><main><p>The envoy arrived.</p>"
                + "<div class='social-links'><p>Share on X</p></div><p>Talks start today.</p></main>"
                + "<footer><p>About us</p></footer></body>");

        assertEquals("The envoy arrived.\nTalks start today.", single(file).body());
    }

    @Test
    void aPageWithoutBodyTextIsAnError() {
        Path file = write(tmp, "chrome-only.html", "<html><head><title>Menu</title><script>var a = 1;</script></head>"
                + "<body><nav><ul><li>World</li></ul></nav><footer><p>Contact</p></footer><div><span></span>");

        IngestError error = singleError(Ingest.readFile(file));
        assertEquals(new IngestError(file.toString(), "no body text"), error);
    }
}
