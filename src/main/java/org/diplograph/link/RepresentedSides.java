package org.diplograph.link;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sides a person of an article might speak for, where neither the gazetteer nor the words
 * around the name ("Russia's foreign minister", "President Sadat of Egypt") tell: "Foreign
 * Minister Ann Linde said" leaves the state to the reader. Each state, organisation or armed
 * group the article names is a candidate, described by how the article names it and where it
 * stands to the person's mentions; a model trained on the corpus chooses among them.
 */
public final class RepresentedSides {

    /** The label of a side the person represents. */
    public static final String YES = "Represents";
    /** The label of a side the person does not represent. */
    public static final String NO = "Other";

    /** The highest rank (by how often the article names a side) a feature tells apart; those below share it. */
    private static final int RANKS = 5;
    /** How many words apart a side and a person count as named together. */
    private static final int NEAR = 6;

    private final LinkedArticle linked;
    /** How often the article names each side, in the order it first names them. */
    private final Map<String, Integer> count = new LinkedHashMap<>();
    private final Map<String, ActorType> types = new HashMap<>();
    private final Map<String, Set<Integer>> sentencesOfSide = new HashMap<>();
    /** The sentences that name each person whose side is not known, in the order the article names them. */
    private final Map<String, Set<Integer>> sentencesOfPerson = new LinkedHashMap<>();
    /** How many of the article's people are known to speak for each side. */
    private final Map<String, Integer> spokesmen = new HashMap<>();
    private final List<String> ranked;
    private final int total;

    /** A side a person might represent, with what the article says of the two. */
    public record Choice(String person, String side, List<String> features) {
        public Choice {
            features = List.copyOf(features);
        }
    }

    /** The side a model chose for a person, and the probability it gave it. */
    public record Chosen(String side, double confidence) {
    }

    private RepresentedSides(LinkedArticle linked) {
        this.linked = linked;
        int sentences = linked.annotated().document().sentences().size();
        for (int s = 0; s < sentences; s++) {
            for (Mention mention : linked.mentions(s)) {
                if (isSide(mention.type())) {
                    count.merge(mention.key(), 1, Integer::sum);
                    types.put(mention.key(), mention.type());
                    sentencesOfSide.computeIfAbsent(mention.key(), k -> new LinkedHashSet<>()).add(s);
                } else if (mention.type() == ActorType.PERSON && linked.isEntity(mention.key())
                        && linked.entity(mention.key()).represents() == null) {
                    sentencesOfPerson.computeIfAbsent(mention.key(), k -> new LinkedHashSet<>()).add(s);
                }
            }
        }
        for (Actor actor : linked.entities()) {
            if (actor.type() == ActorType.PERSON && actor.represents() != null) {
                spokesmen.merge(actor.represents(), 1, Integer::sum);
            }
        }
        ranked = new ArrayList<>(count.keySet());
        ranked.sort((a, b) -> count.get(b) - count.get(a));
        total = count.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The candidates of every person whose side is not known, in the order the article names them. */
    public static List<Choice> of(LinkedArticle linked) {
        RepresentedSides sides = new RepresentedSides(linked);
        List<Choice> choices = new ArrayList<>();
        for (String person : sides.sentencesOfPerson.keySet()) {
            for (String side : sides.count.keySet()) {
                choices.add(new Choice(person, side, sides.describe(person, side)));
            }
        }
        return choices;
    }

    private List<String> describe(String person, String side) {
        Set<String> features = new LinkedHashSet<>();
        String type = types.get(side).localName();
        int rank = Math.min(ranked.indexOf(side) + 1, RANKS);
        features.add("type:" + type);
        features.add("rank:" + rank);
        features.add("rank:" + rank + ":" + type);
        double share = (double) count.get(side) / total;
        features.add("share:" + (share >= 0.5 ? "half" : share >= 0.25 ? "quarter" : share >= 0.1 ? "tenth" : "less"));
        Set<Integer> personSentences = sentencesOfPerson.get(person);
        Set<Integer> sideSentences = sentencesOfSide.get(side);
        int first = personSentences.iterator().next();
        int sideFirst = sideSentences.iterator().next();
        if (sideFirst < 2) {
            features.add("lead");
        }
        if (sideFirst > first) {
            features.add("namedLater");
        }
        long together = personSentences.stream().filter(sideSentences::contains).count();
        features.add("together:" + (together == 0 ? "none" : 2 * together >= personSentences.size() ? "most" : "some"));
        if (first > 0 && sideSentences.contains(first - 1)) {
            features.add("previousSentence");
        }
        if (sideSentences.contains(first + 1)) {
            features.add("nextSentence");
        }
        features.add("othersRepresent:" + Math.min(spokesmen.getOrDefault(side, 0), 2));
        Mention named = linked.mentions(first).stream().filter(m -> m.key().equals(person)).findFirst().orElseThrow();
        List<CoreLabel> tokens = linked.annotated().document().sentences().get(first).tokens();
        int verb = firstVerb(tokens);
        for (Mention mention : linked.mentions(first)) {
            if (mention.key().equals(side)) {
                features.add(mention.begin() < named.begin() ? "firstSentence:before" : "firstSentence:after");
                if (mention.indirect()) {
                    features.add("firstSentence:indirect");
                }
                if (mention.begin() < verb) {
                    features.add("firstSentence:beforeVerb");
                }
                if (Math.abs(mention.begin() - named.begin()) <= NEAR) {
                    features.add("firstSentence:near");
                }
            }
        }
        // the word before the name, mostly a title ("minister", "spokesman", "leader"), says what kind of side it serves
        if (named.begin() > 0) {
            String before = tokens.get(named.begin() - 1).word().toLowerCase(Locale.ROOT);
            features.add("title:" + before + ":" + type);
            features.add("title:" + before + ":rank:" + Math.min(rank, 3));
        }
        return new ArrayList<>(features);
    }

    private static int firstVerb(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tag() != null && tokens.get(i).tag().startsWith("VB")) {
                return i;
            }
        }
        return tokens.size();
    }

    private static boolean isSide(ActorType type) {
        return type == ActorType.STATE || type == ActorType.ORGANIZATION || type == ActorType.ARMED_GROUP;
    }
}
