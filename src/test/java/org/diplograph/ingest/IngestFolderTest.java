package org.diplograph.ingest;

import static org.diplograph.ingest.IngestFixtures.fixture;
import static org.diplograph.ingest.IngestFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestFolderTest {

    @Test
    void foldersAreWalkedInPathOrderSkippingOtherAndHiddenFiles() {
        Path folder = fixture("folder");
        IngestResult result = Ingest.read(List.of(folder));

        assertEquals(List.of(), result.errors());
        assertEquals(List.of(
                folder.resolve("a/m-records.jsonl") + "#L1",
                folder.resolve("a/m-records.jsonl") + "#L2",
                folder.resolve("a/z-envoy.html").toString(),
                folder.resolve("b-ceasefire.txt").toString()),
                result.articles().stream().map(Article::sourceFile).toList());
    }

    @Test
    void inputsKeepTheirOrderAndStreamingMatchesReading() {
        List<Path> inputs = List.of(fixture("text/fisheries-header.txt"), fixture("folder"),
                fixture("jsonl/wire-records.jsonl"));
        IngestResult read = Ingest.read(inputs);
        List<Article> streamed = new ArrayList<>();
        List<IngestError> streamedErrors = new ArrayList<>();

        Ingest.stream(inputs, streamed::add, streamedErrors::add);

        assertEquals(read.articles(), streamed);
        assertEquals(read.errors(), streamedErrors);
        assertEquals(8, streamed.size(), "1 text file, 4 articles in the folder, 3 JSON Lines records");
        assertEquals(inputs.get(0).toString(), streamed.get(0).sourceFile());
    }

    @Test
    void linkedFoldersAreFollowedAndALoopIsReported(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectory(tmp.resolve("real"));
        write(real, "talks.txt", "TITLE: Talks\n\nTalks went on past midnight.\n");
        Path linked = Files.createSymbolicLink(tmp.resolve("linked"), real);
        Path loop = Files.createSymbolicLink(real.resolve("loop"), real);

        IngestResult result = Ingest.read(List.of(linked));

        assertEquals(List.of(linked.resolve("talks.txt").toString()),
                result.articles().stream().map(Article::sourceFile).toList());
        assertEquals(List.of(new IngestError(linked.resolve(loop.getFileName()).toString(),
                "a link that loops back to a folder above it")), result.errors());
    }
}
