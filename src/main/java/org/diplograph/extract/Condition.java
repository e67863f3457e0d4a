package org.diplograph.extract;

import java.util.Objects;
import org.diplograph.link.Actor;

/**
 * A term attached to a statement: who must act or refrain, and about what.
 *
 * @param type       local name of a concept of dip:ConditionTypes (Neutrality, TerritorialCession, ...)
 * @param label      a short label, always given for type Other, else the cue that was matched
 * @param party      the obliged party, or {@code null} when the text names none
 * @param object     the territory, organisation or group it concerns, or {@code null}
 * @param evidence   the span that states it
 * @param confidence the extractor's confidence in [0, 1]
 * @param rule       the id of the rule that proposed it ("condition-cues:Ceasefire"), never blank
 */
public record Condition(String type, String label, Actor party, Actor object, Span evidence,
                        double confidence, String rule) {

    public Condition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        Provenance.checkConfidence(confidence);
        Provenance.checkRule(rule, evidence);
    }
}
