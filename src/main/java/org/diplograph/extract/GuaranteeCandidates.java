package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.link.ActorType;
import org.diplograph.link.Mention;

/**
 * The guarantee candidates of a sentence: every ordered pair of sides it names, as a would-be
 * guarantor and beneficiary, of which a guarantee rule ({@link GuaranteeRules}) binds at least one
 * side where it stands (a pair no rule places is only two names near a guarantee word), with what
 * the guarantee model reads of the pair: the rules that bind either side or both, whether the
 * rules' guarantee reader paired them, the guarantee cues, each side's place in the parse, and the
 * path between them. For training, the pairs no rule places in a sentence with a guarantee cue
 * are candidates too: as examples of what is no guarantee, they teach the model its odds.
 *
 * <p>A guarantor a rule binds in a sentence that names no beneficiary of its own ("the draft
 * lists France and Britain as guarantor states", "vowing to come to the aid of both") is paired as well with
 * the beneficiary the article named last: reports name whose security is at stake once and list
 * the would-be guarantors in the sentences after it.
 */
final class GuaranteeCandidates {

    /**
     * A pair of sides one sentence names, keyed by the side each mention stands for, with the id of
     * the guarantee rule that places it (one that binds both sides, else the guarantor, else the
     * beneficiary), null where none does (only for training), and whether the rules place each
     * side: bind it where it stands, alone or with the other, or take the beneficiary named before
     * a sentence that names none of its own.
     */
    record Pair(int sentence, String guarantor, String beneficiary, String rule, boolean guarantorPlaced,
                boolean beneficiaryPlaced, List<String> features) {

        /** Whether a guarantee rule binds either side where it stands. */
        boolean bound() {
            return rule != null;
        }
    }

    private static final int LONGEST_PATH = 4;
    /** How far a bound word reaches to the sides it stands for, and a cue up to its verb's subject. */
    private static final int REACH = 3;
    private static final String[] LISTED = {"conj", "appos", "dep", "nmod:including", "nmod:such_as", "nmod:like"};
    private static final String[] OWNER = {"nmod:poss", "nmod:of", "compound", "amod"};

    private GuaranteeCandidates() {
    }

    /**
     * The guarantee candidates of one sentence, and the beneficiary the article names last once
     * it is read.
     *
     * @param pairs       the sentence's candidates
     * @param beneficiary the key of the last beneficiary named up to the end of the sentence, null where none was
     */
    record Found(List<Pair> pairs, String beneficiary) {
    }

    /**
     * The candidates of a sentence, given the beneficiary named before it ({@code null} where
     * none was): that of the rules' guarantee reader's last guarantee in it, else the first side
     * a rule binds there as a beneficiary, else the one named before.
     */
    static Found of(ParsedSentence sentence, Lexicon lexicon, GuaranteeRules rules, List<Draft> drafts, String beneficiaryBefore,
                    boolean training) {
        List<Draft.DraftGuarantee> read = drafts.stream().flatMap(d -> d.guarantees.stream()).toList();
        String readBeneficiary = read.stream().map(g -> g.beneficiary).filter(b -> b != null).reduce((a, b) -> b).orElse(null);
        List<GuaranteeRules.Match> matches = rules.matches(sentence.graph);
        if (matches.isEmpty() && !training) {
            return new Found(List.of(), lastNamed(readBeneficiary, null, beneficiaryBefore));
        }
        Set<String> cues = new LinkedHashSet<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (lexicon.isGuaranteeCue(sentence.lemma(t))) {
                cues.add(sentence.lemma(t));
            }
        }
        if (matches.isEmpty() && cues.isEmpty()) {
            return new Found(List.of(), lastNamed(readBeneficiary, null, beneficiaryBefore));
        }
        List<Mention> sides = sentence.mentions().stream().filter(GuaranteeCandidates::isSide).toList();
        Map<String, Set<String>> asGuarantor = new HashMap<>();
        Map<String, Set<String>> asBeneficiary = new HashMap<>();
        Map<String, Set<String>> asPair = new HashMap<>();
        for (GuaranteeRules.Match match : matches) {
            String name = match.rule().name();
            Set<String> guarantors = match.guarantor() >= 0 ? sidesAt(sentence, match.guarantor()) : Set.of();
            Set<String> beneficiaries = match.beneficiary() >= 0 ? sidesAt(sentence, match.beneficiary()) : Set.of();
            guarantors.forEach(g -> bind(asGuarantor, g, name));
            beneficiaries.forEach(b -> bind(asBeneficiary, b, name));
            for (String g : guarantors) {
                beneficiaries.forEach(b -> bind(asPair, g + "\t" + b, name));
            }
            if (match.guarantor() < 0) {
                // the subject of the cue's verb, which no node of the rule binds: marked apart
                subjectAbove(sentence, match.cue()).forEach(g -> bind(asGuarantor, g, name + "^"));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention g : sides) {
            for (Mention b : sides) {
                String guarantor = sentence.linked.stateOf(g.key());
                String beneficiary = sentence.linked.stateOf(b.key());
                Set<String> pairRules = asPair.getOrDefault(guarantor + "\t" + beneficiary, Set.of());
                Set<String> guarantorRules = asGuarantor.getOrDefault(guarantor, Set.of());
                Set<String> beneficiaryRules = asBeneficiary.getOrDefault(beneficiary, Set.of());
                String rule = placing(pairRules, guarantorRules, beneficiaryRules);
                if (guarantor.equals(beneficiary) || rule == null && !training || !seen.add(guarantor + "\t" + beneficiary)) {
                    continue;
                }
                List<String> f = features(sentence, cues, g, b);
                f.addAll(bound("gRule=", guarantorRules));
                f.addAll(bound("bRule=", beneficiaryRules));
                f.addAll(bound("rule=", pairRules));
                f.add("reader=" + GuaranteeSides.ruled(read, guarantor, beneficiary));
                // a rule that binds the pair binds each side too, so each side's own rules tell whether it is placed
                pairs.add(new Pair(sentence.index, guarantor, beneficiary, rule, !guarantorRules.isEmpty(),
                        !beneficiaryRules.isEmpty(), f));
            }
        }
        if (beneficiaryBefore != null) {
            pairs.addAll(withBeneficiaryBefore(sentence, cues, sides, asGuarantor, asPair, read, beneficiaryBefore, seen));
        }
        String named = sides.stream().map(m -> sentence.linked.stateOf(m.key()))
                .filter(b -> asBeneficiary.containsKey(b) && sentence.linked.isEntity(b)).findFirst().orElse(null);
        return new Found(pairs, lastNamed(readBeneficiary, named, beneficiaryBefore));
    }

    /** The beneficiary named last once a sentence is read: the reader's, else one a rule binds there, else the one before. */
    private static String lastNamed(String read, String bound, String before) {
        return read != null ? read : bound != null ? bound : before;
    }

    /**
     * Each side a rule binds as a guarantor, and no rule pairs with a beneficiary in the
     * sentence, paired with the beneficiary named before: marked {@code bBefore}, since the
     * model reads no place in the parse for it.
     */
    private static List<Pair> withBeneficiaryBefore(ParsedSentence sentence, Set<String> cues, List<Mention> sides,
                                                    Map<String, Set<String>> asGuarantor, Map<String, Set<String>> asPair,
                                                    List<Draft.DraftGuarantee> read, String beneficiary, Set<String> seen) {
        Set<String> paired = new HashSet<>();
        asPair.keySet().forEach(key -> paired.add(key.substring(0, key.indexOf('\t'))));
        List<Pair> pairs = new ArrayList<>();
        for (Mention g : sides) {
            String guarantor = sentence.linked.stateOf(g.key());
            Set<String> guarantorRules = asGuarantor.getOrDefault(guarantor, Set.of());
            if (guarantorRules.isEmpty() || guarantor.equals(beneficiary) || paired.contains(guarantor)
                    || !seen.add(guarantor + "\t" + beneficiary)) {
                continue;
            }
            List<String> f = new ArrayList<>();
            cues.forEach(cue -> f.add("cue=" + cue));
            describeSide(sentence, "g", g, head(sentence, g), f);
            f.add("bBefore=true");
            f.addAll(bound("gRule=", guarantorRules));
            f.add("reader=" + GuaranteeSides.ruled(read, guarantor, beneficiary));
            pairs.add(new Pair(sentence.index, guarantor, beneficiary, placing(Set.of(), guarantorRules, Set.of()), true, true, f));
        }
        return pairs;
    }

    /** Whether a mention names a side a guarantee may bind: an actor or a population. */
    private static boolean isSide(Mention mention) {
        return mention.type().isActor() || mention.type() == ActorType.POPULATION;
    }

    /** Records that a rule binds a side, or a pair of them (guarantor and beneficiary keys with a tab). */
    private static void bind(Map<String, Set<String>> bindings, String key, String rule) {
        bindings.computeIfAbsent(key, k -> new TreeSet<>()).add(rule);
    }

    /** The features of the rules that bind a side or a pair, in name order: {@code prefix} and each name, or "none". */
    private static List<String> bound(String prefix, Set<String> rules) {
        return rules.isEmpty() ? List.of(prefix + "none") : rules.stream().map(rule -> prefix + rule).toList();
    }

    /** The id of a rule that binds the pair, else its guarantor, else its beneficiary (by name, the first); null where none does. */
    private static String placing(Set<String> pairRules, Set<String> guarantorRules, Set<String> beneficiaryRules) {
        for (Set<String> rules : List.of(pairRules, guarantorRules, beneficiaryRules)) {
            if (!rules.isEmpty()) {
                return GuaranteeRules.SOURCE + ":" + rules.iterator().next().replace("^", "");
            }
        }
        return null;
    }

    /**
     * The sides a bound word stands for: those it names, those listed with it or set beside it
     * ("Britain, France and Italy", "the five powers - Britain, China ...", which the parser often
     * leaves an unnamed dependency), and, where it names
     * none, those it is of ("the security of the Serbs", "U.S. forces").
     */
    private static Set<String> sidesAt(ParsedSentence sentence, int token) {
        Set<String> keys = new LinkedHashSet<>();
        Set<Integer> visited = new LinkedHashSet<>();
        reach(sentence, token, 0, visited, keys);
        return keys;
    }

    private static void reach(ParsedSentence sentence, int token, int depth, Set<Integer> visited, Set<String> keys) {
        if (depth > REACH || !visited.add(token)) {
            return;
        }
        Optional<Mention> mention = sentence.mentionAt(token).filter(GuaranteeCandidates::isSide);
        mention.ifPresent(m -> keys.add(sentence.linked.stateOf(m.key())));
        for (int listed : sentence.children(token, LISTED)) {
            reach(sentence, listed, depth + 1, visited, keys);
        }
        if (mention.isEmpty()) {
            for (int owner : sentence.children(token, OWNER)) {
                reach(sentence, owner, depth + 1, visited, keys);
            }
        }
    }

    /**
     * The sides the subject of a cue's verb names, up through the verbs it depends on ("Ankara
     * undertook to help protect ..."): the guarantor a rule that binds none may have.
     */
    private static Set<String> subjectAbove(ParsedSentence sentence, int cue) {
        int verb = sentence.isVerb(cue) ? cue : sentence.governor(cue);
        for (int step = 0; verb >= 0 && step < REACH; step++) {
            for (int subject : sentence.children(verb, "nsubj")) {
                if (!sentence.relationTo(verb, subject).orElse("").startsWith("nsubj:pass")) {
                    Set<String> keys = sidesAt(sentence, subject);
                    if (!keys.isEmpty()) {
                        return keys;
                    }
                }
            }
            if (!sentence.relationAbove(verb).startsWith("xcomp")) {
                break;
            }
            verb = sentence.governor(verb);
        }
        return Set.of();
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
                if (sentence.isVerb(cue)) {
                    // "assured Kyiv that the talks would go on" assures of a clause, not a side's security
                    f.add("cueClause=" + sentence.lemma(cue) + "+" + !sentence.children(cue, "ccomp").isEmpty());
                }
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
