package org.diplograph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplograph.link.ActorType;
import org.diplograph.link.Mention;

/**
 * Reads the conditions of a statement: its content is cut into coordinated terms
 * ("give up X, renounce Y, remain neutral and keep Z out" is four), and each term is
 * matched against the condition cues. A term's obliged party is the subject of its
 * clause, else the owner of its noun ("Ukraine's neutrality"), else the party of the
 * term before it, else the statement's party.
 */
final class Conditions {

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "and", "or", "while", "--", "-", "\u2014");

    private Conditions() {
    }

    static void read(ParsedSentence sentence, BitSet region, Lexicon lexicon, Draft draft, String defaultParty) {
        List<String> carried = null;
        for (BitSet term : terms(sentence, region)) {
            List<TermToken> tokens = termTokens(sentence, term);
            List<String> parties = parties(sentence, term, draft);
            if (parties.isEmpty()) {
                parties = carried != null ? carried : Collections.singletonList(defaultParty);
            } else {
                carried = parties;
            }
            Set<String> found = new HashSet<>();
            for (Lexicon.Cue cue : lexicon.conditionCues()) {
                if (found.contains(cue.type())) {
                    continue;
                }
                CuePattern.Match match = cue.pattern().find(tokens);
                if (match == null) {
                    continue;
                }
                found.add(cue.type());
                String object = match.captured() == null ? null : match.captured().entityKey();
                if (object == null && cue.type().equals("NoAllianceMembership")) {
                    object = firstOrganisation(sentence, term);
                }
                int first = tokens.get(match.begin()).index();
                int last = tokens.get(match.end() - 1).index();
                String label = sentence.text(first, last + 1);
                Span evidence = Span.of(sentence.body, sentence.charBegin(term.nextSetBit(0)), sentence.charEnd(term.length() - 1));
                for (String party : parties) {
                    String conditionParty = party;
                    if (conditionParty != null && conditionParty.equals(object)) {
                        conditionParty = defaultParty;
                    }
                    draft.addCondition(new Draft.DraftCondition(cue.type(), label, conditionParty, object, evidence));
                }
            }
        }
    }

    /** The region cut at commas, semicolons and coordinating words. */
    static List<BitSet> terms(ParsedSentence sentence, BitSet region) {
        List<BitSet> terms = new ArrayList<>();
        BitSet current = new BitSet();
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            if (SEPARATORS.contains(sentence.lower(t))) {
                if (!current.isEmpty()) {
                    terms.add(current);
                }
                current = new BitSet();
                continue;
            }
            current.set(t);
        }
        if (!current.isEmpty()) {
            terms.add(current);
        }
        return terms;
    }

    /** "both sides", "the two sides", "the parties": every side of the agreement. */
    static final String SIDES = "@sides";

    private static List<String> parties(ParsedSentence sentence, BitSet term, Draft draft) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            for (int subject : sentence.children(t, "nsubj", "nsubj:pass")) {
                List<String> found = new ArrayList<>();
                List<Integer> heads = new ArrayList<>(List.of(subject));
                heads.addAll(sentence.children(subject, "conj"));
                for (int head : heads) {
                    Optional<String> actor = actorOf(sentence, head);
                    if (actor.isPresent() && !isAgentSide(sentence, draft, actor.get()) && !found.contains(actor.get())) {
                        found.add(actor.get());
                    }
                    if (actor.isEmpty() && bothSides(sentence, head)) {
                        found.add(SIDES);
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
            for (int by : sentence.children(t, "nmod:by", "acl")) {
                if (sentence.lemma(by).equals("side") && bothSides(sentence, by)) {
                    return List.of(SIDES);
                }
            }
        }
        String owner = party(sentence, term, draft);
        return owner == null ? List.of() : List.of(owner);
    }

    private static boolean bothSides(ParsedSentence sentence, int head) {
        String lemma = sentence.lemma(head);
        if (!lemma.equals("side") && !lemma.equals("party")) {
            return false;
        }
        for (int modifier : sentence.children(head, "det", "nummod", "det:predet")) {
            String word = sentence.lower(modifier);
            if (word.equals("both") || word.equals("two") || word.equals("the") || word.equals("all")) {
                return true;
            }
        }
        return false;
    }

    private static String party(ParsedSentence sentence, BitSet term, Draft draft) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            for (int owner : sentence.children(t, "nmod:poss", "nmod:for", "nmod:of")) {
                if (!term.get(owner)) {
                    continue;
                }
                Optional<String> actor = actorOf(sentence, owner);
                if (actor.isPresent() && sentence.mentionAt(owner).map(m -> m.type() != ActorType.ORGANIZATION).orElse(true)) {
                    return actor.get();
                }
            }
        }
        return null;
    }

    private static boolean isAgentSide(ParsedSentence sentence, Draft draft, String key) {
        for (String agent : draft.agents) {
            if (agent.equals(key) || sentence.linked.stateOf(agent).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> actorOf(ParsedSentence sentence, int head) {
        Optional<Mention> mention = sentence.mentionOfPhrase(head);
        if (mention.isEmpty() || !mention.get().type().isActor()) {
            return Optional.empty();
        }
        return Optional.of(sentence.linked.stateOf(mention.get().key()));
    }

    private static String firstOrganisation(ParsedSentence sentence, BitSet term) {
        for (Mention mention : sentence.mentionsIn(term)) {
            if (mention.type() == ActorType.ORGANIZATION) {
                return mention.key();
            }
        }
        return null;
    }

    /** The tokens of a region (all of the sentence when {@code region} is null) as cue patterns see them. */
    static List<TermToken> termTokens(ParsedSentence sentence, BitSet region) {
        List<TermToken> tokens = new ArrayList<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (region != null && !region.get(t)) {
                continue;
            }
            Optional<Mention> mention = sentence.mentionAt(t);
            tokens.add(new TermToken(t, sentence.lower(t), sentence.lemma(t),
                    mention.map(Mention::key).orElse(null), mention.map(Mention::type).orElse(null)));
        }
        return tokens;
    }
}
