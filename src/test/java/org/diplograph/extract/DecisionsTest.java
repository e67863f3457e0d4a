package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.link.DiplomaticActors;
import org.diplograph.link.RepresentedSides;
import org.junit.jupiter.api.Test;

/** The learned layer as shipped: the files train writes parse, and what they hold fits the rules beside them. */
class DecisionsTest {

    private static InputStream resource(String file) {
        InputStream in = DecisionsTest.class.getClassLoader().getResourceAsStream(Decisions.RESOURCE_FOLDER + file);
        assertTrue(in != null, "the jar ships no " + Decisions.RESOURCE_FOLDER + file + ": run ./diplograph train");
        return in;
    }

    @Test
    void theStatementModelDecidesBetweenTheFiveKindsAndNone() throws IOException {
        try (InputStream in = resource(Decisions.STATEMENT_MODEL)) {
            LinearModel model = LinearModel.read(in, Decisions.STATEMENT_MODEL);
            Set<String> expected = new TreeSet<>(List.of(Decisions.NONE));
            for (StatementKind kind : StatementKind.values()) {
                expected.add(kind.localName());
            }
            assertEquals(expected, new TreeSet<>(model.labels()));
            assertTrue(model.features().stream().anyMatch(f -> f.startsWith("rule=speech-acts:")),
                    "the model should weigh the curated rules' ids");
        }
    }

    @Test
    void theTermModelTypesPhrasesWithTheGuidelinesConditionTypesOrNone() throws IOException {
        try (InputStream in = resource(Decisions.TERM_MODEL)) {
            LinearModel model = LinearModel.read(in, Decisions.TERM_MODEL);
            assertTrue(model.labels().contains(Decisions.NONE), model.labels().toString());
            assertTrue(model.labels().containsAll(List.of("Ceasefire", "Negotiation", "TroopWithdrawal", "Other")),
                    "the most frequent condition types should be learned: " + model.labels());
        }
        assertTrue(Decisions.bundled().termModel().isPresent(), "the bundled decisions should read the term model");
    }

    @Test
    void theConditionModelWeighsTypesWithTheSidesTheyBind() throws IOException {
        try (InputStream in = resource(Decisions.CONDITION_MODEL)) {
            LinearModel model = LinearModel.read(in, Decisions.CONDITION_MODEL);
            assertEquals(new TreeSet<>(List.of(Decisions.CONDITION, Decisions.NONE)), new TreeSet<>(model.labels()));
            for (String type : List.of("Ceasefire", "Negotiation", "TroopWithdrawal", "Other")) {
                assertTrue(model.features().stream().anyMatch(f -> f.startsWith("t+role=" + type + "+")),
                        "the model should weigh the sides a " + type + " term binds");
                assertTrue(model.features().containsAll(List.of("t+sides=" + type + "+6+", "t+principal=" + type + "+true")),
                        "the model should weigh, for a " + type + " term, how many sides the act has and whether the side is principal");
            }
        }
        assertTrue(Decisions.bundled().conditionModel().isPresent(), "the bundled decisions should read the condition model");
    }

    @Test
    void theGuaranteeSidesModelWeighsTheRolesOfGuarantorAndBeneficiary() throws IOException {
        try (InputStream in = resource(Decisions.GUARANTEE_SIDES_MODEL)) {
            LinearModel model = LinearModel.read(in, Decisions.GUARANTEE_SIDES_MODEL);
            assertEquals(new TreeSet<>(List.of(Candidates.YES, "No")), new TreeSet<>(model.labels()));
            assertTrue(model.features().stream().anyMatch(f -> f.startsWith("kind+gRole=Offer+own")),
                    "the model should weigh an offer's own side as guarantor");
            assertTrue(model.features().containsAll(List.of("sides=2", "sides=6+", "principals=true+true")),
                    "the model should weigh how many sides the act has and which of the pair are principal parties");
        }
        assertTrue(Decisions.bundled().guaranteeSidesModel().isPresent(), "the bundled decisions should read the guarantee sides model");
    }

    /** Asserts that a shipped two-label model has these labels and weighs each of these features. */
    private static void assertWeighs(String file, List<String> labels, List<String> features) throws IOException {
        try (InputStream in = resource(file)) {
            LinearModel model = LinearModel.read(in, file);
            assertEquals(new TreeSet<>(labels), new TreeSet<>(model.labels()), "the labels of " + file);
            for (String feature : features) {
                assertTrue(model.features().contains(feature), file + " should weigh " + feature);
            }
        }
    }

    @Test
    void theRepresentedSidesModelWeighsWhereTheArticleNamesEachSide() throws IOException {
        assertWeighs(Decisions.REPRESENTED_SIDES_MODEL, List.of(RepresentedSides.YES, RepresentedSides.NO),
                List.of("rank:1:State", "firstSentence:before", "previousSentence", "othersRepresent:1"));
        assertTrue(Decisions.bundled().representedSidesModel().isPresent(), "the bundled decisions should read the represented sides model");
    }

    @Test
    void theActorModelWeighsHowTheArticleNamesEachActor() throws IOException {
        assertWeighs(Decisions.ACTOR_MODEL, List.of(DiplomaticActors.YES, DiplomaticActors.NO),
                List.of("type:Organization", "known:false:Organization", "mentions:1:Organization", "first:lead"));
        assertTrue(Decisions.bundled().actorModel().isPresent(), "the bundled decisions should read the actor model");
    }

    @Test
    void learnedTriggersAddToTheCuratedOnesWithoutRepeatingThem() throws IOException {
        List<LearnedTrigger> learned;
        try (InputStream in = resource(LearnedTrigger.FILE)) {
            learned = LearnedTrigger.read(in, LearnedTrigger.FILE);
        }
        assertFalse(learned.isEmpty(), "training learned no trigger");
        Lexicon curated = Lexicon.bundled();
        for (LearnedTrigger trigger : learned) {
            assertFalse(curated.hasTrigger(trigger.lemma(), trigger.pos()),
                    trigger.lemma() + "/" + trigger.pos() + " is curated already and must not be learned again");
            assertTrue(trigger.support() >= 1 && trigger.precision() > 0 && trigger.precision() <= 1, trigger.toString());
        }
        Lexicon extended = curated.withLearned(learned);
        LearnedTrigger first = learned.get(0);
        assertTrue(extended.candidateTriggers(first.lemma()).stream().anyMatch(t -> t.source().equals(LearnedTrigger.SOURCE)));
        assertTrue(extended.triggers(first.lemma()).stream().noneMatch(t -> t.source().equals(LearnedTrigger.SOURCE)),
                "a learned trigger must not change how the curated rules read a sentence");
    }

    @Test
    void thresholdsAreCheckedWhereTheyEnter() {
        Decisions bundled = Decisions.bundled();
        assertTrue(bundled.statementKind().isPresent(), "the bundled decisions should have a statement model");
        assertThrows(IllegalArgumentException.class, () -> bundled.minConfidence(1.5));
        assertThrows(IllegalArgumentException.class, () -> bundled.minConfidence(0.2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> bundled.minConditionConfidence(1.2));
        IllegalArgumentException represented = assertThrows(IllegalArgumentException.class,
                () -> bundled.minRepresentedConfidence(-0.2));
        assertTrue(represented.getMessage().contains("represented") && represented.getMessage().contains("-0.2"),
                () -> "the message should name the threshold and the value: " + represented.getMessage());
        assertEquals(Decisions.DEFAULT_MIN_REPRESENTED_CONFIDENCE, bundled.minRepresentedConfidence());
        assertEquals(0.8, bundled.minRepresentedConfidence(0.8).minRepresentedConfidence());
        assertEquals(0.35, bundled.minConfidence(0.35).minConfidence());
        assertTrue(Decisions.rulesOnly().statementKind().isEmpty());
    }

    @Test
    void aModelMayRetypeAnActOnlyWithinTheSideItBinds() {
        assertTrue(StatementKind.PROPOSAL.bindsLike(StatementKind.DEMAND));
        assertTrue(StatementKind.OFFER.bindsLike(StatementKind.ACCEPTANCE));
        assertFalse(StatementKind.PROPOSAL.bindsLike(StatementKind.OFFER));
        assertFalse(StatementKind.REJECTION.bindsLike(StatementKind.ACCEPTANCE));
    }
}
