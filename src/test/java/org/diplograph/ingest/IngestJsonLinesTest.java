package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.singleError;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJsonLinesTest {

    @TempDir
    Path tmp;

    @Test
    void goodLinesLoadAroundABrokenOneAndBlankLinesAreSkipped() {
        Path file = fixture("jsonl/wire-records.jsonl");
        IngestResult result = Ingest.readFile(file);

        assertEquals(List.of(file + "#L1", file + "#L2", file + "#L5"),
                result.articles().stream().map(Article::sourceFile).toList());
        assertEquals(1, result.errors().size(), "errors: " + result.errors());
        IngestError error = result.errors().get(0);
        assertEquals(file + ":4", error.input());
        assertTrue(error.reason().startsWith("invalid JSON at column "), error.reason());

        Article lake = result.articles().get(0);
        assertEquals("https://wire.example.net/2024/05/14/lake-treaty", lake.url());
        assertEquals("Lake states sign water-sharing treaty", lake.title());
        assertEquals(LocalDate.of(2024, 5, 14), lake.date());
        assertEquals("LAKESIDE (Wire) - The three states around Lake Orin signed a treaty on Tuesday to share its"
                + " water in dry years.\nEach state must report its draw from the lake every month, the text says.",
                lake.body());

        Article islanders = result.articles().get(1);
        assertNull(islanders.url(), "\"unknown\" is no URL");
        assertEquals(LocalDate.of(2024, 5, 20), islanders.date());
        assertEquals(List.of("ST. AUDE (Wire) - Voters on the Isle of Aude rejected an offer of a customs union with"
                + " the mainland on Monday.", "The island's chief minister said talks would go on."),
                List.of(islanders.body().split("\n")));

        Article mediators = result.articles().get(2);
        assertNull(mediators.date(), "an unreadable date gives no date");
        assertEquals("Mediators proposed on Friday a joint river commission for the Sava Minor basin.", mediators.body());
    }

    @Test
    void eachKindOfBadRecordNamesItsLineAndReason() {
        Path file = write(tmp, "bad.jsonl", String.join("\n",
                "[\"an\", \"array\"]",
                "{\"title\": \"No text\"}",
                "{\"text\": \"Envoys met.\", \"date\": 20240101}",
                "{\"text\": \"Envoys met.\"} {\"text\": \"Glued on.\"}",
                "{\"text\": \"Advertisement\"}",
                "{\"text\": \"Envoys met again.\", \"url\": null}"));
        IngestResult result = Ingest.readFile(file);

        assertEquals(List.of(
                new IngestError(file + ":1", "not a JSON object"),
                new IngestError(file + ":2", "no \"text\" field"),
                new IngestError(file + ":3", "\"date\" is not a string"),
                new IngestError(file + ":4", "invalid JSON: text after the object"),
                new IngestError(file + ":5", "no body text")), result.errors());
        assertEquals(List.of("Envoys met again."), result.articles().stream().map(Article::body).toList());
    }

    @Test
    void aLineThatEndsInsideAnObjectIsRejectedAndTheRestGoesOn() {
        Path file = write(tmp, "cut.jsonl", String.join("\n",
                "{\"url\": \"https://example.org/a\", \"text\": ",
                "{\"text\": \"Envoys met again.\"}"));
        IngestResult result = Ingest.readFile(file);

        assertEquals(List.of(new IngestError(file + ":1", "invalid JSON: the line ends before the object does")),
                result.errors());
        assertEquals(List.of("Envoys met again."), result.articles().stream().map(Article::body).toList());
    }

    @Test
    void invalidUtf8InOneLineNamesTheFileByte() {
        byte[] good = "{\"text\": \"Talks opened.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
        byte[] bytes = new byte[good.length + bad.length];
        System.arraycopy(good, 0, bytes, 0, good.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Path file = write(tmp, "mixed.jsonl", bytes);
        IngestResult result = Ingest.readFile(file);

        assertEquals(List.of(new IngestError(file + ":2", "invalid UTF-8 at byte " + (good.length + 9))), result.errors());
        assertEquals(1, result.articles().size());
    }

    @Test
    void aFileOfBlankLinesHasNoBodyText() {
        Path file = write(tmp, "blank.jsonl", "\n  \n\n");

        assertEquals(new IngestError(file.toString(), "no body text"), singleError(Ingest.readFile(file)));
    }
}
