package org.diplograph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.link.ActorType;
import org.diplograph.link.Mention;

/**
 * The term candidates of a candidate act: every content word of the act's region that heads
 * a phrase the act governs (its object, complement, a conjunct, an oblique, a clause), with
 * the phrase it heads as its evidence, a would-be obliged party, and what the term model reads
 * of it: the head, its place under the trigger, the cue types its words match, the type the
 * rules gave a term there, and its words.
 */
final class TermCandidates {

    /** Relations through which an act governs what it asks, offers, accepts or refuses. */
    private static final List<String> GOVERNED = List.of("obj", "xcomp", "ccomp", "conj", "obl", "nmod", "advcl", "acl",
            "nsubj:pass", "appos", "parataxis", "dep");
    private static final int MOST_WORDS = 10;

    /** A term candidate: its head, the tokens it spans, its party, the rule that proposed it ("term-phrases:obj") and features. */
    record Term(int head, BitSet span, Span evidence, String party, String label, String rule, List<String> features) {
    }

    private TermCandidates() {
    }

    static List<Term> of(ParsedSentence sentence, BitSet region, int trigger, Draft draft, Lexicon lexicon, String counterpart) {
        List<Term> terms = new ArrayList<>();
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            String tag = sentence.tag(t);
            boolean content = tag.startsWith("VB") || tag.equals("NN") || tag.equals("NNS");
            if (t == trigger || !content || sentence.mentionAt(t).isPresent()) {
                continue;
            }
            int governor = sentence.governor(t);
            String relation = sentence.relationAbove(t);
            if (GOVERNED.stream().noneMatch(r -> relation.equals(r) || relation.startsWith(r + ":"))) {
                continue;
            }
            BitSet span = sentence.subtree(t);
            span.and(region);
            if (span.cardinality() == 0) {
                continue;
            }
            Span evidence = Span.of(sentence.body, sentence.charBegin(span.nextSetBit(0)), sentence.charEnd(span.length() - 1));
            Draft.DraftCondition ruled = ruled(draft, evidence);
            String party = party(sentence, span, draft, ruled, counterpart);
            String baseRelation = baseRelation(relation);
            terms.add(new Term(t, span, evidence, party, sentence.text(span.nextSetBit(0), span.length()), "term-phrases:" + baseRelation,
                    features(sentence, t, relation, governor, trigger, span, draft, ruled, lexicon, party)));
        }
        return terms;
    }

    /** A relation without its preposition or particle ("obl:from" is "obl"); passive subjects keep theirs. */
    static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon > 0 && !relation.startsWith("nsubj") ? relation.substring(0, colon) : relation;
    }

    /** The condition the rules read whose evidence overlaps this span, if any. */
    static Draft.DraftCondition ruled(Draft draft, Span evidence) {
        for (Draft.DraftCondition condition : draft.conditions) {
            Span e = condition.evidence();
            if (e != null && e.overlaps(evidence)) {
                return condition;
            }
        }
        return null;
    }

    /**
     * Who the term binds: the party the rules gave a term there; else a state or armed group the
     * phrase names that is not the agent's; else, as the rules' default, the agent's own side for
     * an act that commits it and the counterpart for one that asks.
     */
    private static String party(ParsedSentence sentence, BitSet span, Draft draft, Draft.DraftCondition ruled, String counterpart) {
        if (ruled != null && ruled.party() != null) {
            return ruled.party();
        }
        String agentSide = Conditions.agentSide(sentence, draft);
        for (Mention mention : sentence.mentionsIn(span)) {
            boolean side = mention.type() == ActorType.STATE || mention.type() == ActorType.ARMED_GROUP;
            String state = sentence.linked.stateOf(mention.key());
            if (side && !state.equals(agentSide) && !sentence.isPlace(mention)) {
                return state;
            }
        }
        if (Conditions.commits(draft.kind) && agentSide != null) {
            return agentSide;
        }
        if (counterpart != null) {
            return counterpart;
        }
        return agentSide == null || Conditions.SIDES.equals(agentSide) ? agentSide : sentence.linked.principalSideOtherThan(agentSide);
    }

    private static List<String> features(ParsedSentence sentence, int head, String relation, int governor, int trigger,
            BitSet span, Draft draft, Draft.DraftCondition ruled, Lexicon lexicon, String party) {
        List<String> f = new ArrayList<>();
        String lemma = sentence.lemma(head);
        f.add("head=" + lemma);
        f.add("headTag=" + (sentence.isVerb(head) ? "VERB" : "NOUN"));
        f.add("rel=" + baseRelation(relation));
        f.add("fullRel=" + relation);
        f.add("gov=" + (governor < 0 ? "ROOT" : sentence.lemma(governor)));
        f.add("underTrigger=" + (governor == trigger));
        f.add("trigger=" + (trigger >= 0 ? sentence.lemma(trigger) : "none"));
        f.add("kind=" + draft.kind.localName());
        f.add("kind+head=" + draft.kind.localName() + "+" + lemma);
        f.add("ruleType=" + (ruled == null ? "none" : ruled.type()));
        f.add("partyIs=" + (party == null ? "none" : Conditions.SIDES.equals(party) ? "sides"
                : draft.agents.stream().map(sentence.linked::stateOf).anyMatch(party::equals) ? "agent" : "other"));
        f.add("size=" + Math.min(span.cardinality() / 4, 4));
        List<TermToken> tokens = Conditions.termTokens(sentence, span);
        Set<String> vocabulary = CuePattern.vocabulary(tokens);
        for (Lexicon.Cue cue : lexicon.conditionCues(vocabulary)) {
            if (cue.pattern().find(tokens, vocabulary) != null) {
                f.add("cue=" + cue.type());
            }
        }
        for (Map.Entry<String, Integer> child : sentence.dependents(head)) {
            String r = child.getKey();
            if (r.startsWith("aux") || r.equals("advmod") || r.equals("det") || r.equals("mark")) {
                f.add("child=" + r + "+" + sentence.lemma(child.getValue()));
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (int t = span.nextSetBit(0); t >= 0 && words.size() < MOST_WORDS; t = span.nextSetBit(t + 1)) {
            String tag = sentence.tag(t);
            if (t != head && (tag.startsWith("NN") && !tag.startsWith("NNP") || tag.startsWith("VB") || tag.startsWith("JJ"))) {
                words.add(sentence.lemma(t));
            }
        }
        words.forEach(w -> f.add("word=" + w));
        return f;
    }
}
