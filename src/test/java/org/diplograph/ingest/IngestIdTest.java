package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.single;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIdTest {

    @TempDir
    Path tmp;

    private static String sha256Prefix(String text) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 16);
    }

    @Test
    void idIsTheHashOfTheNormalisedUrl() throws NoSuchAlgorithmException {
        Article article = single(fixture("text/fisheries-header.txt"));

        assertEquals(sha256Prefix("https://news.example.org/world/fisheries-talks"), article.id());
    }

    @Test
    void sameUrlSameIdWhateverTheBody() {
        List<String> urls = List.of("https://news.example.org/world/fisheries-talks",
                "HTTPS://NEWS.EXAMPLE.ORG/world/fisheries-talks/", "https://news.example.org/world/fisheries-talks#top");
        for (int i = 0; i < urls.size(); i++) {
            Path file = write(tmp, "copy" + i + ".txt", "URL: " + urls.get(i) + "\n\nBody number " + i + ".\n");
            assertEquals(single(fixture("text/fisheries-header.txt")).id(), single(file).id(), urls.get(i));
        }
    }

    @Test
    void normalisationKeepsPathCaseAndQuery() {
        assertEquals("https://news.example.org/World/Talks?id=7",
                Articles.normaliseUrl(" HTTPS://News.Example.ORG/World/Talks/?id=7#comments "));
        assertEquals("https://user@news.example.org", Articles.normaliseUrl("https://user@News.Example.org/"));
    }

    @Test
    void withoutUrlTheBodyDecides() {
        Path a = write(tmp, "a.txt", "TITLE: Talks\n\nTalks resumed in the port city.\n");
        Path sameBody = write(tmp, "b.txt", "TITLE: Other headline\n\nTalks resumed in the port city.\n");
        Path otherBody = write(tmp, "c.txt", "TITLE: Talks\n\nTalks stalled in the port city.\n");

        assertEquals(single(a).id(), single(sameBody).id());
        assertNotEquals(single(a).id(), single(otherBody).id());
    }

    @Test
    void sameInputSameIdOnEveryRead() {
        Path file = fixture("html/grain-corridor-page.html");
        String first = single(file).id();

        assertTrue(first.matches("[0-9a-f]{16}"), first);
        assertEquals(first, single(file).id());
    }
}
