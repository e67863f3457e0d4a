package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.link.ActorType;
import org.diplograph.link.Mention;

/**
 * The guarantee candidates of a sentence: where it names a guarantee cue, every ordered pair
 * of sides it names, as a would-be guarantor and beneficiary, with what the guarantee model
 * reads of the pair: the cues, each side's place in the parse, and the path between them.
 */
final class GuaranteeCandidates {

    /** A pair of sides one sentence names, keyed by the side each mention stands for. */
    record Pair(int sentence, String guarantor, String beneficiary, List<String> features) {
    }

    /** The rule id of the guarantees the pair model decides. */
    static final String RULE = "guarantee-pairs";
    private static final int LONGEST_PATH = 4;

    private GuaranteeCandidates() {
    }

    static List<Pair> of(ParsedSentence sentence, Lexicon lexicon) {
        Set<String> cues = new LinkedHashSet<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (lexicon.isGuaranteeCue(sentence.lemma(t))) {
                cues.add(sentence.lemma(t));
            }
        }
        if (cues.isEmpty()) {
            return List.of();
        }
        List<Mention> sides = new ArrayList<>();
        for (Mention mention : sentence.mentions()) {
            if (mention.type().isActor() || mention.type() == ActorType.POPULATION) {
                sides.add(mention);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention g : sides) {
            for (Mention b : sides) {
                String guarantor = sentence.linked.stateOf(g.key());
                String beneficiary = sentence.linked.stateOf(b.key());
                if (guarantor.equals(beneficiary) || !seen.add(guarantor + "\t" + beneficiary)) {
                    continue;
                }
                pairs.add(new Pair(sentence.index, guarantor, beneficiary, features(sentence, cues, g, b)));
            }
        }
        return pairs;
    }

    private static List<String> features(ParsedSentence sentence, Set<String> cues, Mention g, Mention b) {
        List<String> f = new ArrayList<>();
        cues.forEach(cue -> f.add("cue=" + cue));
        int gHead = head(sentence, g);
        int bHead = head(sentence, b);
        describeSide(sentence, "g", g, gHead, f);
        describeSide(sentence, "b", b, bHead, f);
        f.add("order=" + (gHead < bHead ? "gb" : "bg"));
        int distance = Math.abs(gHead - bHead);
        f.add("distance=" + (distance <= 3 ? "near" : distance <= 10 ? "mid" : "far"));
        f.add("path=" + path(sentence, gHead, bHead));
        for (int cue = 0; cue < sentence.size(); cue++) {
            if (cues.contains(sentence.lemma(cue))) {
                f.add("gToCue=" + sentence.lemma(cue) + "+" + path(sentence, gHead, cue));
                f.add("bToCue=" + sentence.lemma(cue) + "+" + path(sentence, bHead, cue));
            }
        }
        return f;
    }

    private static void describeSide(ParsedSentence sentence, String side, Mention mention, int head, List<String> f) {
        f.add(side + "Type=" + mention.type().localName());
        f.add(side + "Indirect=" + mention.indirect());
        int governor = sentence.governor(head);
        String relation = sentence.relationAbove(head);
        String governorLemma = governor < 0 ? "ROOT" : sentence.lemma(governor);
        f.add(side + "Rel=" + relation);
        f.add(side + "Gov=" + governorLemma);
        f.add(side + "RelGov=" + relation + "+" + governorLemma);
        boolean listed = !sentence.children(head, "conj").isEmpty() || relation.startsWith("conj");
        f.add(side + "Listed=" + listed);
        if (governor >= 0) {
            for (Map.Entry<String, Integer> sibling : sentence.dependents(governor)) {
                if (sibling.getKey().startsWith("aux") && sibling.getValue() != head) {
                    f.add(side + "GovAux=" + sentence.lemma(sibling.getValue()));
                }
            }
        }
    }

    /** The token of a mention whose governor lies outside it. */
    private static int head(ParsedSentence sentence, Mention mention) {
        for (int t = mention.begin(); t < mention.end(); t++) {
            int governor = sentence.governor(t);
            if (governor < mention.begin() || governor >= mention.end()) {
                return t;
            }
        }
        return mention.begin();
    }

    /** The dependency path between two tokens as relations up to their common governor and down, or "long". */
    private static String path(ParsedSentence sentence, int from, int to) {
        List<Integer> up = ancestors(sentence, from);
        List<Integer> down = ancestors(sentence, to);
        Optional<Integer> common = up.stream().filter(down::contains).findFirst();
        if (common.isEmpty()) {
            return "none";
        }
        int a = up.indexOf(common.get());
        int b = down.indexOf(common.get());
        if (a + b > LONGEST_PATH) {
            return "long";
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < a; i++) {
            path.append(relationAbove(sentence, up.get(i))).append('^');
        }
        path.append(a == 0 && b == 0 ? "self" : sentence.lemma(common.get()));
        for (int i = b - 1; i >= 0; i--) {
            path.append('v').append(relationAbove(sentence, down.get(i)));
        }
        return path.toString();
    }

    private static String relationAbove(ParsedSentence sentence, int token) {
        return TermCandidates.baseRelation(sentence.relationAbove(token));
    }

    /** A token and its governors up to the root, nearest first. */
    private static List<Integer> ancestors(ParsedSentence sentence, int token) {
        List<Integer> chain = new ArrayList<>();
        int node = token;
        for (int guard = 0; node >= 0 && guard < 40 && !chain.contains(node); guard++) {
            chain.add(node);
            node = sentence.governor(node);
        }
        return chain;
    }
}
