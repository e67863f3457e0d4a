package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.link.ActorType;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerEntry;
import org.diplograph.link.LinkedArticle;

/** Turns consolidated drafts into the immutable statements of an {@link Extraction}. */
final class Assembler {

    /** The rule of every guarantee: the guarantee reader, which finds guarantors and beneficiary in an act's clause. */
    static final String GUARANTEE_RULE = "guarantee-reader";
    private static final String CONDITION_CUES = "condition-cues:";
    private static final String OTHER = "Other";

    private Assembler() {
    }

    /**
     * The statements of the drafts, and the article's actors: every actor the linker found, save
     * those in {@code unlikely} that no statement, condition or guarantee names, nor any person
     * kept speaks for.
     */
    static Extraction assemble(Article article, LinkedArticle linked, List<Draft> drafts, Set<String> unlikely) {
        Map<String, Actor> entities = new LinkedHashMap<>();
        for (Actor actor : linked.entities()) {
            entities.put(actor.key(), actor);
        }
        Map<String, Actor> used = new LinkedHashMap<>();
        for (Actor actor : entities.values()) {
            if (actor.type().isActor()) {
                used.put(actor.key(), actor);
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (Draft draft : drafts) {
            List<Actor> agents = resolveActors(draft.agents, entities, used);
            if (agents.isEmpty()) {
                continue;
            }
            Actor onBehalfOf = null;
            if (agents.get(0).type() == ActorType.PERSON && agents.get(0).represents() != null) {
                onBehalfOf = resolveActor(agents.get(0).represents(), entities, used).orElse(null);
            }
            List<Actor> concerns = resolveActors(new ArrayList<>(draft.concerns), entities, used);
            double confidence = Math.min(1.0, draft.confidence);
            List<Condition> conditions = new ArrayList<>();
            for (Draft.DraftCondition c : draft.conditions) {
                Actor party = c.party() == null ? null : resolveActor(c.party(), entities, used).orElse(null);
                if (party != null && party.type() == ActorType.PERSON && party.represents() == null) {
                    // a term binds a state, an organisation or a group; of a person who acts for
                    // none of them the text names no party, and such a term is left out
                    continue;
                }
                Actor object = c.object() == null ? null : resolve(c.object(), entities, used).orElse(null);
                conditions.add(new Condition(c.type(), c.label(), party, object, c.evidence(),
                        c.rule() == null ? confidence : c.confidence(), c.rule() == null ? conditionRule(c.type()) : c.rule()));
            }
            List<Guarantee> guarantees = new ArrayList<>();
            for (Draft.DraftGuarantee g : draft.guarantees) {
                List<Actor> guarantors = resolveActors(sides(g.guarantors, entities), entities, used);
                Optional<Actor> beneficiary = g.beneficiary == null ? Optional.empty() : resolveBeneficiary(g.beneficiary, entities, used);
                if (guarantors.isEmpty() || beneficiary.isEmpty()) {
                    continue;
                }
                Span evidence = g.evidence == null ? draft.evidence : g.evidence;
                boolean inForce = draft.kind == StatementKind.ACCEPTANCE && !draft.negated && draft.modality == Modality.ASSERTION;
                add(guarantees, new Guarantee(guarantors, beneficiary.get(), evidence, inForce,
                        g.rule == null ? confidence : g.confidence, g.rule == null ? GUARANTEE_RULE : g.rule));
            }
            statements.add(new Statement(draft.kind, agents, onBehalfOf, concerns, draft.attribution, draft.modality,
                    draft.negated, draft.statedOn, confidence, statementRule(draft), draft.cameoCode, draft.evidence,
                    conditions, guarantees));
        }
        if (!unlikely.isEmpty()) {
            Set<String> named = named(statements);
            Set<String> spokenFor = new HashSet<>();
            for (Actor actor : used.values()) {
                boolean kept = !unlikely.contains(actor.key()) || named.contains(actor.key());
                if (kept && actor.represents() != null) {
                    spokenFor.add(actor.represents());
                }
            }
            named.addAll(spokenFor);
            used.keySet().removeIf(key -> unlikely.contains(key) && !named.contains(key));
        }
        return new Extraction(article, new ArrayList<>(used.values()), statements);
    }

    /**
     * Adds a guarantee to an act's, or joins it to the act's guarantee of the same beneficiary:
     * an act has one guarantee per beneficiary (the graph names a guarantee by the two), though
     * two acts merged, or two rules, may each have read one. The joined guarantee has the
     * guarantors of both and the evidence, confidence and rule of the likelier.
     */
    private static void add(List<Guarantee> guarantees, Guarantee guarantee) {
        for (int g = 0; g < guarantees.size(); g++) {
            Guarantee same = guarantees.get(g);
            if (same.beneficiary().key().equals(guarantee.beneficiary().key())) {
                Guarantee likelier = guarantee.confidence() > same.confidence() ? guarantee : same;
                Map<String, Actor> guarantors = new LinkedHashMap<>();
                same.guarantors().forEach(a -> guarantors.put(a.key(), a));
                guarantee.guarantors().forEach(a -> guarantors.putIfAbsent(a.key(), a));
                guarantees.set(g, new Guarantee(new ArrayList<>(guarantors.values()), same.beneficiary(), likelier.evidence(),
                        same.inForce(), likelier.confidence(), likelier.rule()));
                return;
            }
        }
        guarantees.add(guarantee);
    }

    /** The keys of the actors the statements name: agents, sides acted for, concerns, parties, objects, guarantors, beneficiaries. */
    private static Set<String> named(List<Statement> statements) {
        Set<String> keys = new HashSet<>();
        for (Statement statement : statements) {
            statement.agents().forEach(a -> keys.add(a.key()));
            if (statement.onBehalfOf() != null) {
                keys.add(statement.onBehalfOf().key());
            }
            statement.concerns().forEach(a -> keys.add(a.key()));
            for (Condition condition : statement.conditions()) {
                if (condition.party() != null) {
                    keys.add(condition.party().key());
                }
                if (condition.object() != null) {
                    keys.add(condition.object().key());
                }
            }
            for (Guarantee guarantee : statement.guarantees()) {
                guarantee.guarantors().forEach(a -> keys.add(a.key()));
                keys.add(guarantee.beneficiary().key());
            }
        }
        return keys;
    }

    /**
     * The rule a statement names as its dip:extractedBy: the draft's own, or where the draft was
     * made without one, the pass that made it. A draft of neither kind keeps its empty rule, which
     * the statement refuses, so that a new way of making drafts cannot go unnamed.
     */
    static String statementRule(Draft draft) {
        if (!draft.rule.isEmpty()) {
            return draft.rule;
        }
        if (draft.content) {
            return Draft.DOCUMENT_CONTENT_RULE;
        }
        return draft.extension ? Draft.GROUP_EXTENSION_RULE : draft.rule;
    }

    /**
     * The rule of a condition. A typed term was found by the cues of its type in condition-cues.tsv;
     * a term of type Other is one that no cue types, read from the action its clause names.
     */
    static String conditionRule(String type) {
        return type.equals(OTHER) ? "condition-acts:" + OTHER : CONDITION_CUES + type;
    }

    /**
     * The guarantors that are sides: a person guarantees only through the state or organisation
     * the person acts for, to which the candidates have already turned every person whose side
     * is known, so a person left is one whose side the text does not tell ("an accord initialled
     * by envoys X and Y").
     */
    private static List<String> sides(Collection<String> guarantors, Map<String, Actor> entities) {
        return guarantors.stream().filter(key -> !entities.containsKey(key) || entities.get(key).type() != ActorType.PERSON).toList();
    }

    private static List<Actor> resolveActors(List<String> keys, Map<String, Actor> entities, Map<String, Actor> used) {
        List<Actor> out = new ArrayList<>();
        for (String key : keys) {
            resolveActor(key, entities, used).filter(a -> !out.contains(a)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The actor a key stands for, where the ontology wants an actor (an agent, the side a person
     * speaks for, a party, a guarantor): the article's entity of that key if it is one, else the
     * gazetteer's. An article that names Ukraine only as a place ("In Kyiv, the foreign minister
     * said ...") has a territory of that key, yet its minister speaks for the state; a key that
     * stands for no actor at all gives none.
     */
    private static Optional<Actor> resolveActor(String key, Map<String, Actor> entities, Map<String, Actor> used) {
        Actor actor = entities.get(key);
        if (actor == null || !actor.type().isActor()) {
            actor = Gazetteer.bundled().byKey(key).map(GazetteerEntry::toActor).filter(a -> a.type().isActor()).orElse(null);
        }
        if (actor != null) {
            used.putIfAbsent(actor.key(), actor);
        }
        return Optional.ofNullable(actor);
    }

    /** Whose security a guarantee covers: an actor, or a population ("the Turkish Cypriots"); never a territory. */
    private static Optional<Actor> resolveBeneficiary(String key, Map<String, Actor> entities, Map<String, Actor> used) {
        Actor entity = entities.get(key);
        if (entity != null && entity.type() == ActorType.POPULATION) {
            return Optional.of(entity);
        }
        return resolveActor(key, entities, used);
    }

    private static Optional<Actor> resolve(String key, Map<String, Actor> entities, Map<String, Actor> used) {
        Actor actor = entities.get(key);
        if (actor == null) {
            actor = Gazetteer.bundled().byKey(key).map(GazetteerEntry::toActor).orElse(null);
        }
        if (actor != null && actor.type().isActor()) {
            used.putIfAbsent(actor.key(), actor);
        }
        return Optional.ofNullable(actor);
    }
}
