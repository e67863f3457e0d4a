package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplograph.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} over a batch with good and bad inputs: each bad one is named with its
 * reason, the good ones load, and building again replaces rather than duplicates.
 */
class BuildCommandTest {

    private static final String ARTICLE = """
            URL: https://example.org/2024/05/14/reef-talks
            TITLE: Manila proposes joint patrols as reef standoff drags on
            DATE: 2024-05-14

            MANILA - The Philippines proposed on Monday that China withdraw its coast guard vessels from the disputed reef and hold talks on a code of conduct, the foreign ministry said.
            Beijing rejected the proposal and said the reef was Chinese territory.
            The standoff has lasted three weeks.
            """;

    @TempDir
    static Path folder;

    private static Path good;

    @BeforeAll
    static void writeInputs() throws IOException {
        good = Files.writeString(folder.resolve("reef.txt"), ARTICLE);
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 talks resumed.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("feed.jsonl"),
                "{\"url\": \"https://example.org/a\", \"title\": \"Talks\", \"date\": \"2024-05-15\", \"text\": \"Vietnam offered to host talks between the two sides.\"}\n"
                + "{\"url\": \"https://example.org/b\", \"title\": broken\n");
    }

    @Test
    void badInputsAreNamedWithTheirReasonAndTheRestLoads() {
        Path store = folder.resolve("store-batch");
        CliRun run = CliRun.run(new BuildCommand(), folder.toString(), folder.resolve("missing.txt").toString(),
                "--loc=" + store, "--no-progress");
        assertEquals(1, run.code(), () -> "a batch with bad inputs must exit 1\n" + run);
        for (String expected : new String[] {"empty.txt", "binary.txt", "latin1.txt", "feed.jsonl", "missing.txt"}) {
            assertTrue(run.out().contains(expected), () -> "the summary must name " + expected + "\n" + run);
        }
        assertTrue(run.out().contains("loaded 2 articles"), () -> "the good article and the good JSON line must load\n" + run);
        try (Store opened = Store.connect(store)) {
            assertEquals(2, opened.stats().graphs(), "one named graph per loaded article");
        }
    }

    @Test
    void buildingAgainReplacesTheArticleGraph() {
        Path store = folder.resolve("store-twice");
        assertEquals(0, CliRun.run(new BuildCommand(), good.toString(), "--loc=" + store, "--no-progress").code());
        Dataset first = export(store);
        assertEquals(0, CliRun.run(new BuildCommand(), good.toString(), "--loc=" + store, "--no-progress").code());
        Dataset second = export(store);
        assertTrue(IsoMatcher.isomorphic(first.asDatasetGraph(), second.asDatasetGraph()),
                "building the same article twice must leave an isomorphic store");
    }

    @Test
    void extractPrintsOneArticleAsTrig() {
        CliRun run = CliRun.run(new ExtractCommand(), good.toString(), "--output=trig");
        assertEquals(0, run.code(), run::toString);
        Dataset parsed = DatasetFactory.create();
        RDFParser.fromString(run.out(), Lang.TRIG).parse(parsed);
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(parsed.asDatasetGraph().listGraphNodes()), "one named graph for the article");
        assertTrue(run.out().contains("dip:Proposal") || run.out().contains("ns#Proposal"),
                () -> "the article's proposal must be in the output\n" + run.out());
    }

    @Test
    void anArticleOverItsTimeBudgetIsNamedWithTheReasonAndTheRestLoads() throws IOException {
        Path batch = Files.createDirectories(folder.resolve("budget"));
        Files.writeString(batch.resolve("reef.txt"), ARTICLE);
        // the article's paragraphs 300 times (about 90,000 characters, five sections): the
        // budget of a second runs out before the last section on any machine
        String paragraphs = ARTICLE.substring(ARTICLE.indexOf("MANILA"));
        Files.writeString(batch.resolve("long.txt"), "TITLE: Long\n\n" + paragraphs.repeat(300));
        CliRun run = CliRun.run(new BuildCommand(), batch.toString(), "--loc=" + folder.resolve("store-budget"),
                "--article-timeout=1", "--no-progress");
        assertEquals(1, run.code(), () -> "a batch with an article over its budget must exit 1\n" + run);
        assertTrue(run.out().contains("loaded 1 articles"), () -> "the short article must load\n" + run);
        assertTrue(run.out().matches("(?s).*long\\.txt: not loaded: over its time budget of 1 s: stopped after [1-9]\\d* of \\d+ sections.*"),
                () -> "the summary must name the long article and the reason\n" + run);
    }

    @Test
    void theTimeBudgetMustBeASecondOrMore() {
        CliRun run = CliRun.run(new BuildCommand(), good.toString(), "--loc=" + folder.resolve("store-zero"),
                "--article-timeout=0", "--no-progress");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--article-timeout must be at least 1 second, but was: 0"), run::toString);
    }

    private static Dataset export(Path location) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Store store = Store.connect(location)) {
            store.export(bytes, Lang.NQUADS);
        }
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(dataset);
        return dataset;
    }
}
