package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a PLOVER gold-standard file: the records it codes, and a clear error for a bad one. */
class PloverRecordTest {

    static final Path FIXTURE = Path.of("src/test/resources/org/diplograph/eval/plover-fixture.json");

    @TempDir
    Path dir;

    @Test
    void readsTheCodedRecordsWithTheirSources() {
        Map<String, String> read = new LinkedHashMap<>();
        for (PloverRecord record : PloverRecord.read(FIXTURE)) {
            read.put(record.id(), record.type() + " " + record.sources());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("TEST-DEMAND-0001", "DEMAND [Source[actorText=Norway's government, code=NOR]]");
        expected.put("TEST-REJECT-0001", "REJECT [Source[actorText=Iceland, code=ISL]]");
        expected.put("TEST-AGREE-0001", "AGREE [Source[actorText=Chilean government, code=CHL]]");
        expected.put("TEST-SUPPORT-0001", "SUPPORT [Source[actorText=Peru, code=PER], Source[actorText=Ecuador, code=ECU]]");
        expected.put("TEST-CONCEDE-0001", "CONCEDE [Source[actorText=Kenyan government, code=KEN]]");
        expected.put("TEST-FIGHT-0001", "FIGHT [Source[actorText=Nigerian army, code=NGA]]");
        expected.put("TEST-PROTEST-0001", "PROTEST [Source[actorText=farmers, code=FRA]]");
        expected.put("TEST-AGREE-0002", "AGREE []");
        assertEquals(expected, read, "records read (in file order, the DOCUMENT header left out)");
    }

    @Test
    void keepsTheSentence() {
        PloverRecord first = PloverRecord.read(FIXTURE).get(0);
        assertEquals("Norway's government demanded on Tuesday that Iceland halt all trawling in the disputed fishing zone.",
                first.text());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("none.json");
        assertMessage("PLOVER file not found: " + missing, missing);
    }

    @Test
    void badFilesAreNamedWithTheReason() throws IOException {
        assertMessage("PLOVER file %s must hold a JSON array of records, but holds: an object", write("{\"id\": \"X\"}"));
        assertMessage("PLOVER file %s is not valid JSON: it is truncated or malformed", write("[{\"id\":"));
        assertMessage("record 1 of PLOVER file %s must be a JSON object, but is: \"text\"",
                write("[{\"id\": \"A\", \"event\": \"AGREE\", \"text\": \"Chile offered talks.\"}, \"text\"]"));
        assertMessage("record 0 of PLOVER file %s (A) must have a non-empty string \"text\", but has: none",
                write("[{\"id\": \"A\", \"event\": \"AGREE\"}]"));
        assertMessage("record 0 of PLOVER file %s must have a non-empty string \"event\", but has: 3",
                write("[{\"id\": \"A\", \"event\": 3, \"text\": \"Chile offered talks.\"}]"));
        assertMessage("record 0 of PLOVER file %s (A): \"source\" must be a list of actors, but is: an object",
                write("[{\"id\": \"A\", \"event\": \"AGREE\", \"text\": \"Chile offered talks.\", \"source\": {\"code\": \"CHL\"}}]"));
        assertMessage("PLOVER file %s holds no coded records", write("[{\"id\": \"D\", \"event\": \"DOCUMENT\"}]"));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "plover", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static void assertMessage(String expected, Path file) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PloverRecord.read(file),
                () -> "reading " + file + " should fail");
        assertEquals(expected.replace("%s", file.toString()), e.getMessage());
    }

    static List<PloverRecord> fixture() {
        return PloverRecord.read(FIXTURE);
    }
}
