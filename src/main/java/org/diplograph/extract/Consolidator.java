package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.diplograph.link.LinkedArticle;

/**
 * Makes one statement of each speech act an article reports more than once: the
 * headline, a summary and the body often restate the same act.
 *
 * <p>Proposals and demands are restated most: one that sets no term the same side has
 * not already proposed or demanded is a restatement and is folded away, save one that reads no
 * term and is told apart from the other act: it stays an act of its own. An act by the same
 * agent, of the same kind and about the same party, is the same act told again, and merged,
 * where it shares a sentence with the other, one of them is in the lead, both are about a
 * document, or one is read from a clause's form rather than a word that names an act; otherwise
 * it is another act of that kind. What a side accepts or offers does not make its later demand a
 * restatement.
 * Joint acts are never folded into one side's. Extensions ("the group could also
 * include ...") add guarantors to the guarantee their speaker proposed last. Sentences that
 * spell out a document's terms join the last agreement or plan reported at or before them; the
 * items of a list join the last act at or before them, whatever its kind ("Its demands
 * include:", "The rebels offered:").
 */
final class Consolidator {

    private Consolidator() {
    }

    static List<Draft> consolidate(List<Draft> drafts, LinkedArticle linked) {
        List<Draft> kept = new ArrayList<>();
        List<Draft> firm = new ArrayList<>();
        List<Draft> soft = new ArrayList<>();
        List<Draft> extensions = new ArrayList<>();
        List<Draft> contents = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.content) {
                contents.add(draft);
            } else if (draft.extension) {
                extensions.add(draft);
            } else if (draft.kind == StatementKind.PROPOSAL || draft.kind == StatementKind.DEMAND) {
                soft.add(draft);
            } else {
                firm.add(draft);
            }
        }
        for (Draft draft : firm) {
            Draft same = find(kept, draft, linked);
            if (same != null && toldAgain(same, draft)) {
                merge(same, draft);
            } else {
                kept.add(draft);
            }
        }
        soft.sort(Comparator.comparingInt(Consolidator::richness).reversed().thenComparingInt(d -> d.sentence));
        for (Draft draft : soft) {
            Draft same = find(kept, draft, linked);
            if (draft.agents.size() == 1 && restates(draft, kept, linked)) {
                if (same != null) {
                    mergeGuarantees(same, draft.guarantees);
                }
                if (draft.conditions.isEmpty() && (same == null || !toldAgain(same, draft))) {
                    keepBare(draft, kept);
                }
                continue;
            }
            if (same != null && toldAgain(same, draft)) {
                merge(same, draft);
            } else {
                kept.add(draft);
            }
        }
        for (Draft extension : extensions) {
            Draft target = extensionTarget(extension, kept, linked);
            if (target != null) {
                Draft.DraftGuarantee guarantee = extension.guarantees.get(0);
                Draft.DraftGuarantee into = target.guarantees.get(0);
                into.guarantors.addAll(guarantee.guarantors);
                into.guarantors.remove(into.beneficiary);
            }
        }
        java.util.Map<Draft, List<String>> namedSides = new java.util.IdentityHashMap<>();
        for (Draft content : contents) {
            Draft target = null;
            for (Draft draft : kept) {
                boolean host = draft.aboutDocument && (draft.kind == StatementKind.ACCEPTANCE || draft.kind == StatementKind.PROPOSAL)
                        || content.listed && !draft.negated;
                if (host && draft.sentence <= content.sentence
                        && (target == null || draft.sentence > target.sentence
                        || draft.sentence == target.sentence && draft.documentTrigger)) {
                    target = draft;
                }
            }
            if (target != null) {
                List<String> named = sidesNamedTogether(content);
                if (named.size() > 1) {
                    namedSides.put(target, named);
                }
                List<Draft.DraftCondition> spelledOut = new ArrayList<>();
                for (Draft.DraftCondition condition : content.conditions) {
                    List<String> parties = Conditions.SIDES.equals(condition.party()) && namedSides.containsKey(target)
                            ? namedSides.get(target) : sides(condition.party(), target, kept, linked);
                    for (String party : parties) {
                        spelledOut.add(new Draft.DraftCondition(condition.type(), condition.label(), party,
                                condition.object(), condition.evidence()));
                    }
                }
                target.mergeConditions(spelledOut);
            }
        }
        for (Draft draft : kept) {
            List<Draft.DraftCondition> resolved = new ArrayList<>();
            java.util.Set<String> explicit = new java.util.HashSet<>();
            for (Draft.DraftCondition condition : draft.conditions) {
                if (condition.party() != null && !Conditions.SIDES.equals(condition.party())) {
                    explicit.add(condition.type());
                }
            }
            for (Draft.DraftCondition condition : draft.conditions) {
                if (Conditions.SIDES.equals(condition.party()) && explicit.contains(condition.type())) {
                    continue;
                }
                for (String party : sides(condition.party(), draft, kept, linked)) {
                    resolved.add(new Draft.DraftCondition(condition.type(), condition.label(), party, condition.object(),
                            condition.evidence()));
                }
            }
            draft.conditions.clear();
            resolved.forEach(draft::addCondition);
        }
        kept.sort(Comparator.comparingInt(d -> d.sentence));
        return kept;
    }

    /**
     * A party as written; for none, the principal other side of the article ("X demanded a
     * ceasefire", in a story about X and Y, asks it of Y); for "both sides", each side of the
     * statement: its agents and the parties it concerns, or, for a mediator's plan that two or
     * more other sides answer (accept or reject), those sides; for an appeal two or more sides
     * make together ("China and Brazil urge all parties to ..."), or one side makes that is not
     * among the two the article names most ("the EU urged both countries to ..."), the two sides
     * the article names most after them.
     */
    private static List<String> sides(String party, Draft statement, List<Draft> kept, LinkedArticle linked) {
        if (party == null && statement.agents.size() == 1) {
            return principalOtherSide(statement, linked);
        }
        if (Conditions.THEY.equals(party)) {
            return lastJointSides(statement, kept, linked);
        }
        if (!Conditions.SIDES.equals(party)) {
            return Collections.singletonList(party);
        }
        List<String> answering = answeringSides(statement, kept, linked);
        if (answering.size() > 1) {
            return answering;
        }
        List<String> sides = agentSides(statement, linked);
        boolean appeal = statement.kind == StatementKind.PROPOSAL || statement.kind == StatementKind.DEMAND;
        boolean joint = sides.size() > 1;
        boolean outsider = sides.size() == 1 && !linked.principalPair().contains(sides.get(0));
        if (appeal && (joint || outsider)) {
            List<String> addressed = linked.principalPairOtherThan(sides);
            if (addressed.size() > 1) {
                return addressed;
            }
        }
        if (sides.stream().filter(side -> !statement.brokers.contains(side)).count() > 1) {
            sides.removeAll(statement.brokers);
        }
        for (String concerned : statement.concerns) {
            if (statement.agents.size() == 1 && !sides.contains(concerned) && linked.isActor(concerned)) {
                sides.add(concerned);
            }
        }
        return sides;
    }

    /**
     * The sides of the last act before this statement that two or more sides did together ("Serbia
     * and Kosovo agreed ... They must now implement it"), else the principal other side.
     */
    private static List<String> lastJointSides(Draft statement, List<Draft> kept, LinkedArticle linked) {
        List<String> found = List.of();
        int latest = -1;
        for (Draft draft : kept) {
            List<String> sides = agentSides(draft, linked);
            if (draft != statement && draft.sentence <= statement.sentence && draft.sentence > latest && sides.size() > 1) {
                found = sides;
                latest = draft.sentence;
            }
        }
        return found.isEmpty() ? principalOtherSide(statement, linked) : found;
    }

    /** The sides of a draft's agents (their states, or themselves), each once, in the agents' order. */
    private static List<String> agentSides(Draft draft, LinkedArticle linked) {
        List<String> sides = new ArrayList<>();
        for (String agent : draft.agents) {
            String side = linked.stateOf(agent);
            if (!sides.contains(side)) {
                sides.add(side);
            }
        }
        return sides;
    }

    /** The article's principal side other than the one agent's: whom an act that names no one asks. */
    private static List<String> principalOtherSide(Draft statement, LinkedArticle linked) {
        return Collections.singletonList(linked.principalSideOtherThan(linked.stateOf(statement.agents.get(0))));
    }

    /**
     * "Government forces and the rebels are to cease fire": the parties one term of a document
     * names together are its sides, whom a later "both sides" means.
     */
    private static List<String> sidesNamedTogether(Draft content) {
        java.util.Map<Span, List<String>> byTerm = new java.util.LinkedHashMap<>();
        for (Draft.DraftCondition condition : content.conditions) {
            if (condition.party() == null || Conditions.SIDES.equals(condition.party())) {
                continue;
            }
            List<String> parties = byTerm.computeIfAbsent(condition.evidence(), k -> new ArrayList<>());
            if (!parties.contains(condition.party())) {
                parties.add(condition.party());
            }
        }
        for (List<String> parties : byTerm.values()) {
            if (parties.size() > 1) {
                return parties;
            }
        }
        return List.of();
    }

    private static List<String> answeringSides(Draft statement, List<Draft> kept, LinkedArticle linked) {
        if (statement.kind != StatementKind.PROPOSAL || statement.agents.size() != 1 || !statement.aboutDocument) {
            return List.of();
        }
        String proposer = linked.stateOf(statement.agents.get(0));
        List<String> answering = new ArrayList<>();
        for (Draft other : kept) {
            if (!other.aboutDocument || other.kind != StatementKind.ACCEPTANCE && other.kind != StatementKind.REJECTION) {
                continue;
            }
            for (String agent : other.agents) {
                String side = linked.stateOf(agent);
                if (side.equals(proposer)) {
                    return List.of();
                }
                if (!answering.contains(side)) {
                    answering.add(side);
                }
            }
        }
        return answering;
    }

    private static int richness(Draft draft) {
        int guarantors = 0;
        for (Draft.DraftGuarantee guarantee : draft.guarantees) {
            guarantors += guarantee.guarantors.size();
        }
        return draft.conditions.size() * 2 + guarantors + (draft.agents.size() > 1 ? 1 : 0);
    }

    private static Draft find(List<Draft> kept, Draft draft, LinkedArticle linked) {
        for (Draft other : kept) {
            if (other.kind == draft.kind && other.negated == draft.negated && other.agents.equals(draft.agents)
                    && sameConcerns(other, draft)) {
                return other;
            }
        }
        for (Draft other : kept) {
            if (other.kind == draft.kind && other.negated == draft.negated && other.sentence == draft.sentence
                    && other.agents.size() == 1 && draft.agents.size() == 1
                    && linked.stateOf(other.agents.get(0)).equals(linked.stateOf(draft.agents.get(0)))) {
                return other;
            }
        }
        for (Draft other : kept) {
            if (other.kind == draft.kind && other.negated == draft.negated && other.aboutDocument && draft.aboutDocument
                    && sharedSides(other, draft, linked) > 1) {
                return other;
            }
        }
        return null;
    }

    /** "A and B agreed a deal", "the deal, signed by A's and B's leaders": one joint act told twice. */
    private static int sharedSides(Draft a, Draft b, LinkedArticle linked) {
        List<String> sides = agentSides(a, linked);
        return (int) agentSides(b, linked).stream().filter(sides::contains).count();
    }

    private static boolean sameConcerns(Draft a, Draft b) {
        if (a.concerns.isEmpty() || b.concerns.isEmpty()) {
            return true;
        }
        return a.concerns.iterator().next().equals(b.concerns.iterator().next());
    }

    /**
     * Two acts of one kind and agent are one act told twice where they share a sentence, one of
     * them is in the lead, both are about a document, or one of them is read from the form of a
     * clause rather than from a word that names an act ("Any settlement must leave the islands
     * demilitarised, the minister said", two paragraphs after his proposal): such a clause spells
     * out what its side said. Elsewhere they are two acts: a side that makes one demand with a
     * verb of its own and later another ("also suggested", "invited") makes two (README, Learned
     * decisions).
     */
    private static boolean toldAgain(Draft same, Draft draft) {
        return same.sentence == draft.sentence || Math.min(same.sentence, draft.sentence) <= LEAD
                || same.aboutDocument && draft.aboutDocument || same.toldByForm || draft.toldByForm;
    }

    /**
     * The headline and the lead sentence summarise acts the body tells again; a bare act further
     * down restates another only when it concerns the same party or shares its sentence.
     */
    private static final int LEAD = 1;

    /**
     * An act of a side's kind that reads no term is taken for a restatement only where it is told
     * with the other act ({@link #toldAgain}); told apart, it is another act of that kind ("also
     * urged", "pushed again for"), which the gold counts. Only a term set again shows an act told
     * again from afar. Its guarantors went to the act of its kind and agent, and the sides models
     * add no term to it: what it asks was read with that act.
     */
    private static void keepBare(Draft restatement, List<Draft> kept) {
        restatement.guarantees.clear();
        restatement.bare = true;
        kept.add(restatement);
    }

    /** A restatement sets no term, and names no guarantor, that its side has not already set or named. */
    private static boolean restates(Draft draft, List<Draft> kept, LinkedArticle linked) {
        String side = linked.stateOf(draft.agents.get(0));
        List<Draft> sameSide = new ArrayList<>();
        for (Draft other : kept) {
            for (String agent : other.agents) {
                if (linked.stateOf(agent).equals(side) || agent.equals(draft.agents.get(0))) {
                    sameSide.add(other);
                    break;
                }
            }
        }
        if (sameSide.isEmpty()) {
            return false;
        }
        if (draft.conditions.isEmpty()) {
            boolean sameKind = false;
            for (Draft other : sameSide) {
                sameKind |= other.kind == draft.kind && other.negated == draft.negated
                        && (draft.sentence <= LEAD || other.sentence == draft.sentence
                        || !Collections.disjoint(other.concerns, draft.concerns));
            }
            if (!sameKind) {
                return false;
            }
        }
        for (Draft.DraftCondition condition : draft.conditions) {
            boolean covered = false;
            for (Draft other : sameSide) {
                if (other.kind != StatementKind.PROPOSAL && other.kind != StatementKind.DEMAND) {
                    continue;
                }
                for (Draft.DraftCondition existing : other.conditions) {
                    covered |= existing.type().equals(condition.type()) && Objects.equals(existing.party(), condition.party());
                }
            }
            if (!covered) {
                return false;
            }
        }
        for (Draft.DraftGuarantee guarantee : draft.guarantees) {
            for (String guarantor : guarantee.guarantors) {
                boolean named = false;
                for (Draft other : sameSide) {
                    for (Draft.DraftGuarantee existing : other.guarantees) {
                        named |= existing.guarantors.contains(guarantor);
                    }
                }
                if (!named) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void merge(Draft into, Draft from) {
        if (into.agents.size() > 1 && from.agents.size() > 1) {
            for (String agent : from.agents) {
                if (!into.agents.contains(agent)) {
                    into.agents.add(agent);
                }
            }
        }
        into.mergeConditions(from.conditions);
        into.concerns.addAll(from.concerns);
        mergeGuarantees(into, from.guarantees);
        if (into.attribution == Attribution.REPORTED_SPEECH && from.attribution != Attribution.DIRECT_QUOTE) {
            into.attribution = from.attribution;
        }
        into.confidence = Math.min(1.0, Math.max(into.confidence, from.confidence) + 0.05);
    }

    /** Gives an act guarantees told with another: each joins the act's guarantee of the same beneficiary, else is the act's. */
    static void mergeGuarantees(Draft into, List<Draft.DraftGuarantee> guarantees) {
        for (Draft.DraftGuarantee guarantee : guarantees) {
            Draft.DraftGuarantee same = null;
            for (Draft.DraftGuarantee existing : into.guarantees) {
                if (Objects.equals(existing.beneficiary, guarantee.beneficiary)) {
                    same = existing;
                }
            }
            if (same == null) {
                into.guarantees.add(guarantee);
            } else {
                same.guarantors.addAll(guarantee.guarantors);
                if (same.evidence == null) {
                    same.evidence = guarantee.evidence;
                }
            }
        }
    }

    private static Draft extensionTarget(Draft extension, List<Draft> kept, LinkedArticle linked) {
        Draft best = null;
        for (Draft draft : kept) {
            if (draft.guarantees.isEmpty() || draft.sentence > extension.sentence) {
                continue;
            }
            boolean sameSpeaker = extension.agents.isEmpty() || draft.agents.contains(extension.agents.get(0))
                    || linked.stateOf(draft.agents.get(0)).equals(linked.stateOf(extension.agents.get(0)));
            if (sameSpeaker && draft.agents.size() == 1 && (best == null || draft.sentence >= best.sentence)) {
                best = draft;
            }
        }
        return best;
    }
}
