package org.diplograph.extract;

import java.util.List;
import java.util.Objects;
import org.diplograph.link.Actor;

/**
 * A security guarantee a statement proposes or accepts: guarantors securing a beneficiary.
 *
 * @param inForce    true only where the statement reports the guarantee as given (an undertaking
 *                   signed or accepted), never for one that is proposed, demanded or offered
 * @param confidence the extractor's confidence in [0, 1]
 * @param rule       the id of the rule that proposed it, never blank
 */
public record Guarantee(List<Actor> guarantors, Actor beneficiary, Span evidence, boolean inForce,
                        double confidence, String rule) {

    public Guarantee {
        guarantors = List.copyOf(guarantors);
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(evidence, "evidence");
        if (guarantors.isEmpty()) {
            throw new IllegalArgumentException("a guarantee must name at least one guarantor, but named none: " + evidence.text());
        }
        Provenance.checkConfidence(confidence);
        Provenance.checkRule(rule, evidence);
    }
}
