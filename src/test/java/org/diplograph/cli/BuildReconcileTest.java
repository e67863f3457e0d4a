package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.diplograph.link.ReconciliationService;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --reconcile=URL} against a reconciliation service on a real local HTTP server. */
class BuildReconcileTest {

    private static final String ARTICLE = """
            TITLE: Mediator proposes a river commission
            DATE: 2025-06-03

            Mediator Halvor Brekkestad proposed on Tuesday that Moldova and Romania set up a joint river commission. \
            Brekkestad said the commission should meet every month.
            """;

    @TempDir
    Path folder;

    private ReconciliationService service;
    private Path article;

    @BeforeEach
    void setUp() throws IOException {
        service = ReconciliationService.start()
                .answer("Halvor Brekkestad", new ReconciliationService.Match("Q87654321", "Halvor Brekkestad"));
        article = Files.writeString(folder.resolve("river.txt"), ARTICLE);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private static boolean hasExactMatch(Path store, String qid) {
        try (Store opened = Store.connect(store)) {
            String ask = "ASK { GRAPH ?g { <https://w3id.org/diplograph/id/actor/" + qid
                    + "> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/" + qid + "> } }";
            return opened.calculate(ds -> {
                try (QueryExecution execution = QueryExecution.dataset(ds).query(ask).build()) {
                    return execution.execAsk();
                }
            });
        }
    }

    @Test
    void aMatchedActorGetsItsQidAndASecondBuildAsksTheCacheOnly() {
        Path store = folder.resolve("store");
        CliRun first = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + store, "--no-progress",
                "--reconcile=" + service.url());
        assertEquals(0, first.code(), first::toString);
        assertEquals(1, service.received().size(), () -> "questions: " + service.received());
        assertTrue(hasExactMatch(store, "Q87654321"), "the reconciled mediator has no skos:exactMatch in the store");
        assertTrue(Files.isRegularFile(store.resolve("reconcile-cache.tsv")), "no cache file in the store folder");

        CliRun second = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + store, "--no-progress",
                "--reconcile=" + service.url());
        assertEquals(0, second.code(), second::toString);
        assertEquals(1, service.received().size(), () -> "the second build asked the service again: " + service.received());
        assertTrue(hasExactMatch(store, "Q87654321"), "the rebuilt article lost the reconciled QID");
    }

    @Test
    void aServiceAnsweringBadJsonIsReportedAndTheBuildGoesOn() {
        service.answer("Halvor Brekkestad", new ReconciliationService.BadJson());
        Path store = folder.resolve("bad");
        Path cache = folder.resolve("answers.tsv");
        CliRun run = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + store, "--no-progress",
                "--reconcile=" + service.url(), "--reconcile-cache=" + cache);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("loaded 1 articles"), run::toString);
        assertTrue(run.err().contains("reconciliation of 'Halvor Brekkestad'") && run.err().contains("not valid JSON"), run::toString);
        assertFalse(hasExactMatch(store, "Q87654321"));
    }

    @Test
    void withoutTheOptionNoServiceIsAsked() {
        CliRun run = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + folder.resolve("offline"), "--no-progress");
        assertEquals(0, run.code(), run::toString);
        assertEquals(0, service.received().size(), "a build without --reconcile asked the service");
        assertFalse(Files.exists(folder.resolve("offline").resolve("reconcile-cache.tsv")));
    }

    @Test
    void badReconcileOptionsAreRefusedWithTheirReason() {
        CliRun scheme = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + folder.resolve("x"), "--reconcile=ftp://example.org/r");
        assertEquals(2, scheme.code(), scheme::toString);
        assertTrue(scheme.err().contains("must be http or https"), scheme::toString);
        CliRun timeout = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + folder.resolve("y"),
                "--reconcile=" + service.url(), "--reconcile-timeout=0");
        assertEquals(2, timeout.code(), timeout::toString);
        assertTrue(timeout.err().contains("--reconcile-timeout must be in (0, 600] seconds"), timeout::toString);
        CliRun cacheAlone = CliRun.run(new BuildCommand(), article.toString(), "--loc=" + folder.resolve("z"),
                "--reconcile-cache=" + folder.resolve("c.tsv"));
        assertEquals(2, cacheAlone.code(), cacheAlone::toString);
        assertTrue(cacheAlone.err().contains("--reconcile-cache needs --reconcile=URL"), cacheAlone::toString);
    }
}
