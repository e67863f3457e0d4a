package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.link.Actor;
import org.diplograph.link.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every statement, condition and guarantee names its rule and carries a confidence in [0, 1]. */
class FactProvenanceTest {

    private static final Actor NORWAY = new Actor("Q20", ActorType.STATE, "Norway", List.of(), "Q20", null, "NOR");
    private static final Actor ICELAND = new Actor("Q189", ActorType.STATE, "Iceland", List.of(), "Q189", null, "ISL");
    private static final Span EVIDENCE = new Span(0, 28, "Iceland should halt trawling");

    @Test
    void aStatementWithoutARuleIsRefused() {
        assertRefused("rule must name the rule that proposed the fact, but was \"\": " + EVIDENCE, () -> statement(0.8, ""));
        assertRefused("rule must name the rule that proposed the fact, but was null: " + EVIDENCE, () -> statement(0.8, null));
        assertRefused("rule must name the rule that proposed the fact, but was \" \": " + EVIDENCE, () -> statement(0.8, " "));
    }

    @Test
    void aStatementWithConfidenceOutsideZeroToOneIsRefused() {
        assertRefused("confidence must be in [0, 1], but was: 1.01", () -> statement(1.01, "speech-acts:call_for/VERB"));
        assertRefused("confidence must be in [0, 1], but was: NaN", () -> statement(Double.NaN, "speech-acts:call_for/VERB"));
    }

    @Test
    void aConditionNeedsAConfidenceInZeroToOneAndARule() {
        assertRefused("confidence must be in [0, 1], but was: -0.1",
                () -> new Condition("Ceasefire", "halt", ICELAND, null, EVIDENCE, -0.1, "condition-cues:Ceasefire"));
        assertRefused("rule must name the rule that proposed the fact, but was \"\": " + EVIDENCE,
                () -> new Condition("Ceasefire", "halt", ICELAND, null, EVIDENCE, 0.7, ""));
    }

    @Test
    void aGuaranteeNeedsAConfidenceInZeroToOneAndARule() {
        assertRefused("confidence must be in [0, 1], but was: 1.5",
                () -> new Guarantee(List.of(NORWAY), ICELAND, EVIDENCE, false, 1.5, Assembler.GUARANTEE_RULE));
        assertRefused("rule must name the rule that proposed the fact, but was null: " + EVIDENCE,
                () -> new Guarantee(List.of(NORWAY), ICELAND, EVIDENCE, false, 0.7, null));
    }

    @Test
    void confidenceBoundsAreAllowed() {
        assertEquals(0.0, statement(0.0, "speech-acts:call_for/VERB").confidence());
        assertEquals(1.0, statement(1.0, "speech-acts:call_for/VERB").confidence());
    }

    @Test
    void aConditionIsNamedByTheCuesOfItsTypeAndAnOtherTermByTheActsThatReadIt() {
        assertEquals("condition-cues:Ceasefire", Assembler.conditionRule("Ceasefire"));
        assertEquals("condition-cues:NoAllianceMembership", Assembler.conditionRule("NoAllianceMembership"));
        assertEquals("condition-acts:Other", Assembler.conditionRule("Other"));
    }

    @Test
    void aDraftWithoutItsOwnRuleIsNamedByThePassThatMadeIt() {
        Draft triggered = new Draft();
        triggered.rule = "speech-acts:call_for/VERB";
        triggered.content = true;
        assertEquals("speech-acts:call_for/VERB", Assembler.statementRule(triggered));

        Draft content = new Draft();
        content.content = true;
        assertEquals(Draft.DOCUMENT_CONTENT_RULE, Assembler.statementRule(content));

        Draft extension = new Draft();
        extension.extension = true;
        assertEquals(Draft.GROUP_EXTENSION_RULE, Assembler.statementRule(extension));

        assertEquals("", Assembler.statementRule(new Draft()), "a draft made in no known way keeps its empty rule");
    }

    @Test
    void theSeedArticlesFactsNameTheRuleOrModelThatMadeThem() {
        Article seed = Ingest.readFile(SharedFolder.dev().resolve("000_lavrov-terms.txt")).articles().get(0);
        List<Statement> statements = TestPipeline.get().process(seed).extraction().statements();
        assertFalse(statements.isEmpty(), "the seed article gave no statement");
        List<String> wrong = new ArrayList<>();
        for (Statement statement : statements) {
            if (!statement.rule().matches("[a-z-]+:\\S+")) {
                wrong.add("statement " + statement.evidence().text() + " names no rule of a rule file: " + statement.rule());
            }
            for (Condition condition : statement.conditions()) {
                String rule = condition.type().equals("Other") ? "condition-acts:Other" : "condition-cues:" + condition.type();
                boolean read = condition.rule().equals(rule) && condition.confidence() == statement.confidence();
                if (!read && !decidedByModel(condition.rule(), condition.confidence(), ConditionCandidates.RULE)) {
                    wrong.add("condition " + condition + " of a statement of confidence " + statement.confidence());
                }
            }
            for (Guarantee guarantee : statement.guarantees()) {
                boolean read = guarantee.rule().equals("guarantee-reader") && guarantee.confidence() == statement.confidence();
                if (!read && !decidedByModel(guarantee.rule(), guarantee.confidence(), GuaranteeSides.RULE)) {
                    wrong.add("guarantee " + guarantee + " of a statement of confidence " + statement.confidence());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A fact a model added names the model's rule and carries the model's probability, at least its threshold. */
    private static boolean decidedByModel(String rule, double confidence, String modelRule) {
        return rule.equals(modelRule) && confidence > 0 && confidence <= 1;
    }

    private static Statement statement(double confidence, String rule) {
        return new Statement(StatementKind.PROPOSAL, List.of(NORWAY), null, List.of(ICELAND), Attribution.REPORTED_SPEECH,
                Modality.RECOMMENDATION, false, LocalDate.of(2024, 3, 3), confidence, rule, "020", EVIDENCE,
                List.of(), List.of());
    }

    private static void assertRefused(String message, Executable construction) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }
}
