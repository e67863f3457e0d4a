package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.extract.Candidates.GuaranteeCandidate;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/** The pairs of sides the guarantee model decides on, and what it reads of them, on invented articles. */
class GuaranteeCandidatesTest {

    private static final Extractor CANDIDATES = Extractor.over(Decisions.candidatesOf(List.of()).forTraining());
    private static final String BODY = "Estonia sought binding security guarantees from its neighbours on Monday. "
            + "Finland and Sweden promised to come to its aid within hours of any attack.";

    @Test
    void aGuarantorWithNoBeneficiaryInItsSentenceIsPairedWithTheOneNamedBefore() {
        Article article = new Article("aid", null, null, null, BODY, "aid.txt");
        Candidates all = CANDIDATES.candidates(Nlp.annotate(article));
        int second = BODY.indexOf("Finland");
        List<String> paired = all.guarantees().stream()
                .filter(pair -> pair.begin() >= second && pair.features().contains("bBefore=true"))
                .map(pair -> label(all, pair)).toList();
        List<String> every = all.guarantees().stream().map(pair -> label(all, pair) + " " + pair.features()).toList();
        for (String guarantor : List.of("Finland", "Sweden")) {
            assertTrue(paired.contains(guarantor + " -> Estonia"),
                    () -> guarantor + " is not paired with Estonia, named in the sentence before; the pairs: " + every);
        }
    }

    @Test
    void aCueVerbWithAClauseSaysSo() {
        String body = "Norway assured Sweden that the border would stay open. Finland would defend Estonia against any attack.";
        Candidates all = CANDIDATES.candidates(Nlp.annotate(new Article("clause", null, null, null, body, "clause.txt")));
        List<String> assured = features(all, "Norway -> Sweden");
        assertTrue(assured.contains("cueClause=assure+true"), () -> "\"assured Sweden that ...\" lacks cueClause=assure+true: " + assured);
        List<String> defended = features(all, "Finland -> Estonia");
        assertTrue(defended.contains("cueClause=defend+false"), () -> "\"would defend Estonia\" lacks cueClause=defend+false: " + defended);
    }

    private static List<String> features(Candidates all, String pair) {
        return all.guarantees().stream().filter(p -> label(all, p).equals(pair)).findFirst()
                .map(GuaranteeCandidate::features)
                .orElseThrow(() -> new AssertionError("no pair " + pair + " among "
                        + all.guarantees().stream().map(p -> label(all, p)).toList()));
    }

    private static String label(Candidates all, GuaranteeCandidate pair) {
        return all.actor(pair.guarantor()).label() + " -> " + all.actor(pair.beneficiary()).label();
    }
}
