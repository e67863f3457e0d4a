package org.diplograph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.link.ActorType;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Mention;

/**
 * The sides a decided statement could bind or name as guarantor and beneficiary, each with its
 * roles: its own side ("own"), a side it concerns, the party of a term the rules read, the
 * article's principal other side, each of the article's two principal sides ("principal", or
 * "principalMediated" where the statement's agents are neither), a side its sentence names
 * (itself or through a person), a population it names; with the place of each named side in the
 * parse ("nsubj&lt;agree") and the sentence's content words. What the condition and guarantee
 * models read of a statement.
 *
 * @param roles     the roles of each side, by key, in the order they were found
 * @param relations the relations of each named side's mentions to their governors
 * @param words     the content words of the statement's sentence (common nouns, verbs, adjectives), by lemma
 * @param principalParties the article's two principal parties, go-betweens left out
 *                  ({@link LinkedArticle#principalParties()}), found once for both models
 * @param actorSidesBand how many of the sides are actors, in bands (0 to 3, "4-5", "6+"): how many
 *                  a term or a guarantee of the statement could bind. A sentence that lists many
 *                  binds few of them to a term, and lists guarantors more often than it names
 *                  beneficiaries. Found once for both models
 */
record StatementSides(Map<String, Set<String>> roles, Map<String, Set<String>> relations, Set<String> words,
                      List<String> principalParties, String actorSidesBand) {

    /** Content words of a sentence read, at most. */
    private static final int MOST_WORDS = 40;

    static StatementSides of(Draft draft, ParsedSentence sentence) {
        LinkedArticle linked = sentence.linked;
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        Set<String> agentSides = new LinkedHashSet<>();
        for (String agent : draft.agents) {
            String side = linked.stateOf(agent);
            agentSides.add(side);
            add(roles, side, "own");
        }
        for (String concerned : draft.concerns) {
            add(roles, linked.stateOf(concerned), "concerned");
        }
        for (Draft.DraftCondition condition : draft.conditions) {
            add(roles, condition.party(), "termParty");
        }
        if (agentSides.size() == 1) {
            String other = linked.principalSideOtherThan(agentSides.iterator().next());
            if (other != null) {
                add(roles, other, "principalOther");
            }
        }
        // A third side's truce or talks bind the two sides at war more often than the ones its
        // sentence names: the role tells the models whose act it is.
        List<String> pair = linked.principalPair();
        boolean mediated = !pair.isEmpty() && pair.stream().noneMatch(agentSides::contains);
        for (String principal : pair) {
            add(roles, principal, mediated ? "principalMediated" : "principal");
        }
        Map<String, Set<String>> relations = new LinkedHashMap<>();
        for (Mention mention : sentence.mentions()) {
            if (mention.type() == ActorType.TERRITORY || sentence.isPlace(mention)) {
                continue;
            }
            String side = linked.stateOf(mention.key());
            add(roles, side, mention.type() == ActorType.POPULATION ? "population" : side.equals(mention.key()) ? "named" : "namedPerson");
            int last = mention.end() - 1;
            int governor = sentence.governor(last);
            add(relations, side, TermCandidates.baseRelation(sentence.relationAbove(last)) + "<"
                    + (governor < 0 ? "ROOT" : sentence.lemma(governor)));
        }
        long actors = roles.keySet().stream().filter(linked::isActor).count();
        String band = actors <= 3 ? String.valueOf(actors) : actors <= 5 ? "4-5" : "6+";
        return new StatementSides(roles, relations, words(sentence), linked.principalParties(), band);
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        if (key != null && !key.equals(Conditions.SIDES) && !key.equals(Conditions.THEY)) {
            map.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
        }
    }

    /** A side's roles joined in one word ("concerned+named"). */
    String joinedRoles(String side) {
        return String.join("+", roles.getOrDefault(side, Set.of()));
    }

    /** Whether a side is one of the article's two principal parties. */
    boolean isPrincipalParty(String side) {
        return principalParties.contains(side);
    }

    /** The relations of a side's mentions ("nsubj&lt;agree"), none where the sentence does not name it. */
    Set<String> relationsOf(String side) {
        return relations.getOrDefault(side, Set.of());
    }

    private static Set<String> words(ParsedSentence sentence) {
        Set<String> words = new TreeSet<>();
        for (int t = 0; t < sentence.size() && words.size() < MOST_WORDS; t++) {
            String tag = sentence.tag(t);
            boolean content = tag.startsWith("NN") && !tag.startsWith("NNP") || tag.startsWith("VB") || tag.startsWith("JJ");
            if (content && sentence.mentionAt(t).isEmpty()) {
                words.add(sentence.lemma(t));
            }
        }
        return words;
    }
}
