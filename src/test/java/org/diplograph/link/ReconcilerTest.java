package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Reconciler} against a reconciliation service on a real local HTTP server. */
class ReconcilerTest {

    @TempDir
    Path folder;

    private ReconciliationService service;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startService() throws IOException {
        service = ReconciliationService.start()
                .answer("Maren Okonkwo-Lind", new ReconciliationService.Match("Q98765432", "Maren Okonkwo-Lind"))
                .answer("Teodor Vasquez", new ReconciliationService.NoMatch("Q12345", "Teodora Vasquez"))
                .answer("Halvard Quist", new ReconciliationService.Slow(3_000))
                .answer("Borealis Accord Council", new ReconciliationService.BadJson());
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    private Reconciler reconciler() {
        return Reconciler.create().service(service.url()).timeout(Duration.ofMillis(500))
                .cache(folder.resolve("cache/reconcile.tsv")).errors(errors::add).build();
    }

    @Test
    void aMatchGivesItsQidAndTheQuestionFollowsTheProtocol() {
        assertEquals(Optional.of("Q98765432"), reconciler().qidOf("Maren Okonkwo-Lind", ActorType.PERSON));
        assertEquals(1, service.received().size(), () -> "queries received: " + service.received());
        assertEquals("Maren Okonkwo-Lind", service.received().get(0).get("query").getAsString().value());
        assertEquals("Q5", service.received().get(0).get("type").getAsString().value());
        assertEquals(List.of(), errors);
    }

    @Test
    void aCandidateThatIsNoMatchGivesNothing() {
        assertEquals(Optional.empty(), reconciler().qidOf("Teodor Vasquez", ActorType.PERSON));
        assertEquals(Optional.empty(), reconciler().qidOf("Nobody Known", ActorType.ORGANIZATION));
        assertEquals("Q43229", service.received().get(1).get("type").getAsString().value());
        assertEquals(List.of(), errors);
    }

    @Test
    void aSlowServiceTimesOutWithAClearErrorAndTheNextNameIsStillAsked() {
        Reconciler reconciler = reconciler();
        long start = System.nanoTime();
        assertEquals(Optional.empty(), reconciler.qidOf("Halvard Quist", ActorType.PERSON));
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "the reconciler waited for the slow answer instead of timing out");
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertTrue(errors.get(0).contains("'Halvard Quist'") && errors.get(0).contains("no answer within 500 ms")
                && errors.get(0).contains(service.url()), () -> "unclear error: " + errors.get(0));
        assertEquals(Optional.of("Q98765432"), reconciler.qidOf("Maren Okonkwo-Lind", ActorType.PERSON));
    }

    @Test
    void badJsonIsReportedAndNotCached() {
        Reconciler reconciler = reconciler();
        assertEquals(Optional.empty(), reconciler.qidOf("Borealis Accord Council", ActorType.ORGANIZATION));
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertTrue(errors.get(0).contains("not valid JSON"), () -> "unclear error: " + errors.get(0));
        reconciler.qidOf("Borealis Accord Council", ActorType.ORGANIZATION);
        assertEquals(2, reconciler.requests(), "a failed question must be asked again, not answered from the cache");
    }

    @Test
    void aSecondRunOverTheSameCacheAsksTheServiceNothing() throws IOException {
        Reconciler first = reconciler();
        first.qidOf("Maren Okonkwo-Lind", ActorType.PERSON);
        first.qidOf("Teodor Vasquez", ActorType.PERSON);
        assertEquals(2, first.requests());
        Reconciler second = reconciler();
        assertEquals(Optional.of("Q98765432"), second.qidOf("maren okonkwo-lind", ActorType.PERSON));
        assertEquals(Optional.empty(), second.qidOf("Teodor Vasquez", ActorType.PERSON));
        assertEquals(0, second.requests(), "the second reconciler asked the service instead of its cache");
        assertEquals(2, service.received().size());
        assertEquals(List.of("Q5\tMaren Okonkwo-Lind\tQ98765432", "Q5\tTeodor Vasquez\t"),
                Files.readAllLines(folder.resolve("cache/reconcile.tsv"), StandardCharsets.UTF_8));
    }

    @Test
    void theServiceIsGivenUpAfterThreeFailuresInARow() {
        Reconciler reconciler = reconciler();
        for (int i = 0; i < 5; i++) {
            reconciler.qidOf("Borealis Accord Council", ActorType.ORGANIZATION);
        }
        assertEquals(Reconciler.MAX_FAILURES, reconciler.requests());
        assertTrue(errors.get(errors.size() - 1).endsWith("the service is not asked again in this run"), () -> "errors: " + errors);
        assertEquals(Optional.empty(), reconciler.qidOf("Maren Okonkwo-Lind", ActorType.PERSON));
    }

    @Test
    void territoriesAndPopulationsAreNotAskedAbout() {
        assertEquals(Optional.empty(), reconciler().qidOf("Maren Okonkwo-Lind", ActorType.TERRITORY));
        assertEquals(Optional.empty(), reconciler().qidOf("Maren Okonkwo-Lind", ActorType.POPULATION));
        assertEquals(List.of(), service.received());
    }

    @Test
    void badSettingsAndABadCacheAreRefusedWithTheirReason() throws IOException {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> Reconciler.create().service("ftp://example.org/r"));
        assertTrue(scheme.getMessage().contains("must be http or https"), scheme.getMessage());
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> Reconciler.create().timeout(Duration.ZERO));
        assertTrue(timeout.getMessage().contains("must be positive"), timeout.getMessage());
        IllegalArgumentException noCache = assertThrows(IllegalArgumentException.class,
                () -> Reconciler.create().service(service.url()).build());
        assertTrue(noCache.getMessage().contains("cache"), noCache.getMessage());
        Path broken = folder.resolve("broken.tsv");
        Files.writeString(broken, "Q5\tSomeone\tnot-a-qid\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Reconciler.create().service(service.url()).cache(broken).build());
        assertTrue(bad.getMessage().contains("line 1") && bad.getMessage().contains(broken.toString()), bad.getMessage());
    }
}
