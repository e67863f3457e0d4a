package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.link.LinkedArticle;

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

    /** The prefix of the feature that names a pair's type, "t=Ceasefire". */
    static final String TYPE = "t=";
    /** The prefix of a feature conjoined with a pair's type, "t+kind=Ceasefire+Offer" for "kind=Offer". */
    static final String CONJOINED = "t+";

    /**
     * A feature of a pair, {@code name=value}, read conjoined with the pair's type, alone, or
     * both. The model's feature strings are {@code t+name=Type+value} and {@code name=value}.
     * Most are read both ways, so that what marks a condition of any type (the term model's
     * confidence in a phrase, a cue of the type, the side's role) is learned from all types
     * together, and a rare type is not left with its few examples alone.
     *
     * @param name      what the feature reads ("kind", "role")
     * @param value     its value for the pair ("Offer", "agent")
     * @param key       {@code name=value}, the feature read alone and the key of its conjoined weights
     * @param conjoined whether it is read conjoined with the type
     * @param alone     whether it is read alone
     */
    record Feature(String name, String value, String key, boolean conjoined, boolean alone) {

        static Feature both(String name, String value) {
            return new Feature(name, value, name + "=" + value, true, true);
        }

        static Feature conjoinedOnly(String name, String value) {
            return new Feature(name, value, name + "=" + value, true, false);
        }

        static Feature aloneOnly(String name, String value) {
            return new Feature(name, value, name + "=" + value, false, true);
        }

        /** Adds the model's feature strings of this feature for a pair of type {@code type}. */
        void addTo(String type, List<String> features) {
            if (conjoined) {
                features.add(CONJOINED + name + "=" + type + "+" + value);
            }
            if (alone) {
                features.add(key);
            }
        }
    }

    /**
     * A pair of a condition type and a side.
     *
     * @param type     the condition type's local name
     * @param party    the key of the side it would bind
     * @param read     whether the statement has a condition of this type on this side already
     * @param ordered  what the condition model reads of the pair but for the sentence's words, in
     *                 the order it was trained on
     * @param ofType   those of {@code ordered} that change with the type
     * @param ofSide   the rest: the same list for every type of a side, so that the model sums
     *                 their weights once a side
     * @param words    the sentence's words, read conjoined with the type: the same list for every
     *                 pair of the sentence
     */
    record Candidate(String type, String party, boolean read, List<Feature> ordered, List<Feature> ofType,
                     List<Feature> ofSide, List<Feature> words) {

        /** What the condition model reads of the pair, as the model's feature strings. */
        List<String> features() {
            List<String> features = new ArrayList<>(2 * (ordered.size() + words.size()) + 1);
            features.add(TYPE + type);
            ordered.forEach(f -> f.addTo(type, features));
            words.forEach(f -> f.addTo(type, features));
            return features;
        }
    }

    private ConditionCandidates() {
    }

    /** Of an act's phrases, the one to which the term model gives a type the highest probability, and that probability. */
    record PhraseEvidence(TermCandidates.Term term, double probability) {
    }

    /**
     * The pairs of a decided statement. Each feature is made once where it can be: those of a
     * side once a side, those of the article's cues once a statement, and each pair's list
     * only refers to them.
     */
    static List<Candidate> of(Draft draft, ParsedSentence sentence, StatementSides sides, Lexicon lexicon,
                              Map<String, PhraseEvidence> phrases, ArticleCues articleCues) {
        LinkedArticle linked = sentence.linked;
        Set<String> cues = articleCues.in(sentence.index);
        String kind = draft.kind.localName();
        String trigger = draft.trigger >= 0 ? sentence.lemma(draft.trigger) : "none";
        String agents = draft.agents.size() > 1 ? "joint" : "single";
        List<Feature> words = new ArrayList<>();
        for (String word : sides.words()) {
            words.add(Feature.conjoinedOnly("w", word));
        }
        words = List.copyOf(words);
        CueFeatures cueFeatures = new CueFeatures(cues, articleCues, lexicon.conditionTypes());
        List<Feature> middle = List.of(Feature.both("agents", agents), Feature.both("trigger", trigger),
                Feature.both("sides", sides.actorSidesBand()));
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Set<String>> side : sides.roles().entrySet()) {
            String party = side.getKey();
            if (!linked.isActor(party)) {
                continue;
            }
            String joined = sides.joinedRoles(party);
            List<Feature> head = List.of(Feature.both("kind", kind), Feature.both("roles", joined),
                    Feature.both("kind+roles", kind + "+" + joined));
            List<Feature> tail = new ArrayList<>();
            tail.add(Feature.both("actor", linked.entity(party).type().name()));
            tail.add(Feature.both("principal", String.valueOf(sides.isPrincipalParty(party))));
            for (String role : side.getValue()) {
                tail.add(Feature.both("role", role));
                tail.add(Feature.both("kind+role", kind + "+" + role));
            }
            for (String relation : sides.relationsOf(party)) {
                tail.add(Feature.both("rel", relation));
                tail.add(Feature.both("relOnly", relation.substring(0, relation.indexOf('<'))));
            }
            List<Feature> ofSide = new ArrayList<>(head);
            ofSide.addAll(middle);
            ofSide.addAll(tail);
            ofSide = List.copyOf(ofSide);
            Map<String, List<Feature>> ruledFeatures = new HashMap<>();
            for (String type : lexicon.conditionTypes()) {
                String ruled = ruled(draft, type, party);
                List<Feature> ofRuling = ruledFeatures.computeIfAbsent(ruled,
                        r -> List.of(Feature.both("ruled", r), Feature.both("ruled+roles", r + "+" + joined)));
                List<Feature> ofPhrase = new ArrayList<>();
                PhraseEvidence phrase = phrases.get(type);
                if (phrase != null) {
                    String bucket = phrase.probability() >= 0.5 ? "high" : phrase.probability() >= 0.2 ? "mid" : "low";
                    ofPhrase.add(Feature.both("phrase", bucket));
                    ofPhrase.add(Feature.both("phrase+side", bucket + "+" + party.equals(phrase.term().party())));
                }
                ofPhrase.addAll(cueFeatures.article(type));
                List<Feature> ofCues = cueFeatures.sentence(type);
                List<Feature> ofType = new ArrayList<>(ofRuling);
                ofType.addAll(ofPhrase);
                ofType.addAll(ofCues);
                List<Feature> ordered = new ArrayList<>(ofSide.size() + ofType.size());
                ordered.addAll(head);
                ordered.addAll(ofRuling);
                ordered.addAll(middle);
                ordered.addAll(ofPhrase);
                ordered.addAll(tail);
                ordered.addAll(ofCues);
                candidates.add(new Candidate(type, party, ruled.equals(SIDE), ordered, ofType, ofSide, words));
            }
        }
        return candidates;
    }

    /**
     * What the pairs of a statement read of the article's cues, the same for every side: for
     * each type, how many sentences cue it and whether it is the article's leading type; and
     * the cues of the statement's sentence, each the pair's own type ("same") or another.
     */
    private static final class CueFeatures {

        private final Map<String, List<Feature>> article = new HashMap<>();
        private final Map<String, List<Feature>> sentence = new HashMap<>();

        CueFeatures(Set<String> cues, ArticleCues articleCues, List<String> types) {
            for (String type : types) {
                boolean leading = type.equals(articleCues.leading());
                article.put(type, List.of(Feature.both("article", articleCues.amount(type)),
                        Feature.both("leading", String.valueOf(leading)),
                        Feature.both("leading+cue", leading + "+" + cues.contains(type))));
                List<Feature> ofCues = new ArrayList<>(2 * cues.size());
                for (String cue : cues) {
                    boolean same = cue.equals(type);
                    ofCues.add(Feature.conjoinedOnly("cue", same ? "same" : cue));
                    ofCues.add(Feature.aloneOnly("cue", same ? "same" : "other"));
                }
                sentence.put(type, List.copyOf(ofCues));
            }
        }

        List<Feature> article(String type) {
            return article.get(type);
        }

        List<Feature> sentence(String type) {
            return sentence.get(type);
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
