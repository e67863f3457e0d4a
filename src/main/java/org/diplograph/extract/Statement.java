package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.diplograph.link.Actor;

/**
 * A diplomatic speech act reported in an article.
 *
 * @param kind        proposal, demand, offer, rejection or acceptance
 * @param agents      who made it; more than one for a joint act
 * @param onBehalfOf  the state or organisation a person agent speaks for, or {@code null}
 * @param concerns    whom it is about
 * @param attribution how the source attributes it
 * @param modality    its modal force
 * @param negated     true where the act is denied ("did not reject")
 * @param statedOn    when it was made, or {@code null} where the article gives no date
 * @param confidence  the extractor's confidence in [0, 1]: its model's probability, or the rule's own
 * @param rule        the id of the rule that proposed it ("speech-acts:call_for/VERB"), never blank
 * @param cameoCode   the CAMEO event code it aligns with
 * @param evidence    the span that states it
 * @param conditions  its terms
 * @param guarantees  the guarantees it proposes or accepts
 */
public record Statement(StatementKind kind, List<Actor> agents, Actor onBehalfOf, List<Actor> concerns,
                        Attribution attribution, Modality modality, boolean negated, LocalDate statedOn,
                        double confidence, String rule, String cameoCode, Span evidence,
                        List<Condition> conditions, List<Guarantee> guarantees) {

    public Statement {
        Objects.requireNonNull(kind, "kind");
        agents = List.copyOf(agents);
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("a statement must have an agent, but had none: " + evidence);
        }
        concerns = List.copyOf(concerns);
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(modality, "modality");
        Provenance.checkConfidence(confidence);
        Provenance.checkRule(rule, evidence);
        Objects.requireNonNull(cameoCode, "cameoCode");
        Objects.requireNonNull(evidence, "evidence");
        conditions = List.copyOf(conditions);
        guarantees = List.copyOf(guarantees);
    }
}
