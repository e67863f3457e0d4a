package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.singleError;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBadInputTest {

    @TempDir
    Path tmp;

    private static IngestError errorOf(Path input) {
        return singleError(Ingest.read(List.of(input)));
    }

    @Test
    void missingPath() {
        Path missing = tmp.resolve("no-such-article.txt");
        assertEquals(new IngestError(missing.toString(), "no such file or folder"), errorOf(missing));
    }

    @Test
    void emptyFileHeaderOnlyAndBoilerplateOnlyHaveNoBodyText() {
        for (Path file : List.of(
                write(tmp, "empty.txt", ""),
                write(tmp, "header-only.txt", "URL: https://x.example/c\nTITLE: Nothing yet\n"),
                write(tmp, "furniture.txt", "TITLE: Nothing\n\nPublished by Coastal Wire Daily\n2 min read\n\n"),
                write(tmp, "empty.html", ""))) {
            assertEquals(new IngestError(file.toString(), "no body text"), errorOf(file));
        }
    }

    @Test
    void binaryContentWithNulBytes() {
        byte[] bytes = "Talks resumed on Monday.".getBytes(StandardCharsets.UTF_8);
        bytes[5] = 0;
        Path file = write(tmp, "nul.txt", bytes);
        assertEquals(new IngestError(file.toString(), "binary content, not text"), errorOf(file));
    }

    @Test
    void binaryContentWithManyControlCharacters() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path txt = write(tmp, "controls.txt", bytes);
        Path jsonl = write(tmp, "controls.jsonl", bytes);
        assertEquals(new IngestError(txt.toString(), "binary content, not text"), errorOf(txt));
        assertEquals(new IngestError(jsonl.toString(), "binary content, not text"), errorOf(jsonl));
    }

    @Test
    void invalidUtf8NamesTheByte() {
        byte[] start = "Valid start ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, start.length + 3);
        bytes[start.length] = (byte) 0xC3;
        bytes[start.length + 1] = '(';
        bytes[start.length + 2] = '.';
        Path file = write(tmp, "latin.txt", bytes);
        assertEquals(new IngestError(file.toString(), "invalid UTF-8 at byte 12"), errorOf(file));
    }

    @Test
    void articleOverTheDefaultLimit() {
        String paragraph = "The delegations met again on Thursday and agreed to meet once more.\n";
        int copies = 5_200_000 / paragraph.length() + 1;
        Path file = write(tmp, "huge.txt", "TITLE: Long\n\n" + paragraph.repeat(copies));
        assertEquals(new IngestError(file.toString(), "article is 5.2 MB, over the 5 MB limit"), errorOf(file));
    }

    @Test
    void limitIsConfigurableAndAppliesToEveryFormat() {
        Ingester small = Ingester.create().maxArticleBytes(1_000).build();
        String text = "x".repeat(1_200);
        Path jsonl = write(tmp, "long.jsonl", "{\"text\": \"" + text + "\"}\n{\"text\": \"Short.\"}\n");
        Path html = write(tmp, "long.html", "<p>" + text + "</p>");
        Path page = write(tmp, "heavy.html", "<script>" + "y".repeat(9_000) + "</script><p>Short.</p>");

        IngestResult result = small.read(List.of(jsonl, html, page));

        assertEquals(List.of(
                new IngestError(jsonl + ":1", "article is 0.0012 MB, over the 0.001 MB limit"),
                new IngestError(html.toString(), "article is 0.0012 MB, over the 0.001 MB limit"),
                new IngestError(page.toString(), "page is 0.01 MB, over the 0.008 MB limit for a page")),
                result.errors());
        assertEquals(List.of("Short."), result.articles().stream().map(Article::body).toList());
    }

    @Test
    void limitMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ingester.create().maxArticleBytes(0));
        assertEquals("maxArticleBytes must be in 1.." + Long.MAX_VALUE / Ingester.PAGE_FACTOR + ", but was: 0",
                e.getMessage());
    }

    @Test
    void namedFileOfUnknownTypeIsAnError() {
        Path file = write(tmp, "report.pdf", "Talks resumed.");
        assertEquals(new IngestError(file.toString(), "unsupported file type, expected .txt, .html, .htm or .jsonl"),
                errorOf(file));
    }

    @Test
    void aFolderIsNotAFile() {
        assertEquals(new IngestError(tmp.toString(), "a folder, not a file"), singleError(Ingest.readFile(tmp)));
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write(tmp, "locked.txt", "TITLE: Locked\n\nThe talks were closed to the press.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "this user reads files without read permission (root)");

        assertEquals(new IngestError(file.toString(), "permission denied"), errorOf(file));
    }

    @Test
    void theBatchGoesOnAfterBadInputs() {
        Path good = fixture("text/border-truce-no-header.txt");
        Path missing = tmp.resolve("gone.txt");
        Path empty = write(tmp, "empty.txt", "");

        IngestResult result = Ingest.read(List.of(missing, good, empty));

        assertEquals(List.of(new IngestError(missing.toString(), "no such file or folder"),
                new IngestError(empty.toString(), "no body text")), result.errors());
        assertEquals(List.of(good.toString()), result.articles().stream().map(Article::sourceFile).toList());
    }

    @Test
    void nullArgumentsAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ingest.read(Arrays.asList(tmp, null)));
        assertEquals("inputs must not contain null, but input 1 was null", e.getMessage());
    }
}
