package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/** What the statement model reads of a candidate act, on an invented article. */
class StatementFeaturesTest {

    private static final Extractor CANDIDATES = Extractor.over(Decisions.candidatesOf(List.of()).forTraining());
    private static final String BODY = "Serbia did not rule out a compromise on the border, the interior minister said. "
            + "Kosovo rejected the plan on Tuesday.";

    @Test
    void negationIsReadWithTheTriggersWord() {
        Article article = new Article("negation", null, null, null, BODY, "negation.txt");
        List<StatementCandidate> candidates = CANDIDATES.candidates(Nlp.annotate(article)).statements();
        assertHasFeature(candidates, "rule", "lemma+negated=rule+true");
        assertHasFeature(candidates, "rejected", "lemma+negated=reject+false");
    }

    private static void assertHasFeature(List<StatementCandidate> candidates, String trigger, String feature) {
        Optional<StatementCandidate> found = candidates.stream()
                .filter(c -> BODY.substring(c.begin(), c.end()).equals(trigger)).findFirst();
        assertTrue(found.isPresent(), () -> "no candidate act triggered by \"" + trigger + "\" among "
                + candidates.stream().map(c -> BODY.substring(c.begin(), c.end())).toList());
        assertTrue(found.get().features().contains(feature),
                () -> "the act triggered by \"" + trigger + "\" lacks " + feature + "; its features: " + found.get().features());
    }
}
