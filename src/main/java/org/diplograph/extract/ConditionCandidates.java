package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.link.ActorType;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Mention;

/**
 * The condition candidates of a statement once its act is decided and consolidated: every
 * pair of a condition type and a side the statement could bind, with what the condition model
 * reads of the pair. The sides are the statement's own, the sides it concerns, the parties of
 * the terms the rules read, the article's principal other side, and every actor its sentence
 * names; the types are all of them. Where the rules read a term of a type they bind one side,
 * where the text says a term binds both sides ("talks between them", "a mutual ceasefire")
 * both; what the model learns is which sides a sentence like this one binds to which types,
 * in an article about which types ({@link ArticleCues}).
 */
final class ConditionCandidates {

    /** The rule id of a condition the condition model adds. */
    static final String RULE = "condition-sides";
    /** What {@link #ruled} says of a side the statement has a condition of the type on. */
    private static final String SIDE = "side";

    /**
     * A pair of a condition type and a side.
     *
     * @param type   the condition type's local name
     * @param party  the key of the side it would bind
     * @param read   whether the statement has a condition of this type on this side already
     * @param own    what the condition model reads of the pair, but for {@code shared}
     * @param shared what it reads of the sentence's words joined with the type: the same list for
     *               every side of the type, so that the model sums its weights once
     */
    record Candidate(String type, String party, boolean read, List<String> own, List<String> shared) {

        /** What the condition model reads of the pair. */
        List<String> features() {
            List<String> features = new ArrayList<>(own.size() + shared.size());
            features.addAll(own);
            features.addAll(shared);
            return features;
        }
    }

    private ConditionCandidates() {
    }

    /** Of an act's phrases, the one to which the term model gives a type the highest probability, and that probability. */
    record PhraseEvidence(TermCandidates.Term term, double probability) {
    }

    static List<Candidate> of(Draft draft, ParsedSentence sentence, StatementSides sides, Lexicon lexicon,
                              Map<String, PhraseEvidence> phrases, ArticleCues articleCues) {
        LinkedArticle linked = sentence.linked;
        Set<String> cues = articleCues.in(sentence.index);
        String kind = draft.kind.localName();
        String trigger = draft.trigger >= 0 ? sentence.lemma(draft.trigger) : "none";
        String agents = draft.agents.size() > 1 ? "joint" : "single";
        List<Candidate> candidates = new ArrayList<>();
        // The sentence's words, joined with each type, are the same for every side: made once a
        // type, and weighed once a type by the caller.
        Map<String, List<String>> typedWords = new HashMap<>();
        for (Map.Entry<String, Set<String>> side : sides.roles().entrySet()) {
            String party = side.getKey();
            if (!linked.isActor(party)) {
                continue;
            }
            String joined = sides.joinedRoles(party);
            String actorType = linked.entity(party).type().name();
            for (String type : lexicon.conditionTypes()) {
                String ruled = ruled(draft, type, party);
                Features f = new Features(type);
                f.add("kind", kind);
                f.add("roles", joined);
                f.add("kind+roles", kind + "+" + joined);
                f.add("ruled", ruled);
                f.add("ruled+roles", ruled + "+" + joined);
                f.add("agents", agents);
                f.add("trigger", trigger);
                PhraseEvidence phrase = phrases.get(type);
                if (phrase != null) {
                    String bucket = phrase.probability() >= 0.5 ? "high" : phrase.probability() >= 0.2 ? "mid" : "low";
                    f.add("phrase", bucket);
                    f.add("phrase+side", bucket + "+" + party.equals(phrase.term().party()));
                }
                boolean leading = type.equals(articleCues.leading());
                f.add("article", articleCues.amount(type));
                f.add("leading", String.valueOf(leading));
                f.add("leading+cue", leading + "+" + cues.contains(type));
                f.add("actor", actorType);
                for (String role : side.getValue()) {
                    f.add("role", role);
                    f.add("kind+role", kind + "+" + role);
                }
                for (String relation : sides.relationsOf(party)) {
                    f.add("rel", relation);
                    f.add("relOnly", relation.substring(0, relation.indexOf('<')));
                }
                for (String cue : cues) {
                    f.typed("cue", cue.equals(type) ? "same" : cue);
                    f.shared("cue", cue.equals(type) ? "same" : "other");
                }
                candidates.add(new Candidate(type, party, ruled.equals(SIDE), f.list,
                        typedWords.computeIfAbsent(type, t -> Features.typed(t, "w", sides.words()))));
            }
        }
        return candidates;
    }

    /**
     * The features of one pair, each read twice: conjoined with the type, and alone, so that
     * what marks a condition of any type (the term model's confidence in a phrase, a cue of the
     * type, the side's role) is learned from all types together, and a rare type is not left
     * with its few examples alone.
     */
    private static final class Features {

        private final String type;
        private final List<String> list = new ArrayList<>();

        Features(String type) {
            this.type = type;
            list.add("t=" + type);
        }

        void add(String name, String value) {
            typed(name, value);
            shared(name, value);
        }

        void typed(String name, String value) {
            list.add(typed(type, name, value));
        }

        static String typed(String type, String name, String value) {
            return "t+" + name + "=" + type + "+" + value;
        }

        static List<String> typed(String type, String name, Collection<String> values) {
            List<String> features = new ArrayList<>(values.size());
            for (String value : values) {
                features.add(typed(type, name, value));
            }
            return features;
        }

        void shared(String name, String value) {
            list.add(name + "=" + value);
        }
    }

    /** Whether the rules read a term of this type for this side ("side"), for another ("other"), or none ("none"). */
    private static String ruled(Draft draft, String type, String party) {
        String found = "none";
        for (Draft.DraftCondition condition : draft.conditions) {
            if (condition.type().equals(type)) {
                if (party.equals(condition.party())) {
                    return SIDE;
                }
                found = "other";
            }
        }
        return found;
    }
}
