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
import java.util.regex.Pattern;

/**
 * Whether each actor the linker found is one the article treats as a party to its diplomacy.
 * The linker links every state, organisation, armed group and person it can name, but the
 * guidelines count only diplomatic actors: a court, a museum that hosts talks, a stock exchange
 * or a state named only as the place where something happened is none. Each actor of an article is a
 * candidate, described by its kind, whether the gazetteer knows it, how often and where the
 * article names it, and the words around its names; a model trained on the corpus decides.
 */
public final class DiplomaticActors {

    /** The label of an actor the article treats as a diplomatic actor. */
    public static final String YES = "Actor";
    /** The label of an actor the article only names. */
    public static final String NO = "Named";

    /** The highest rank (by how often the article names an actor) a feature tells apart; those below share it. */
    private static final int RANKS = 6;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]+");

    private final LinkedArticle linked;
    /** The mentions of each actor, in the order the article names them. */
    private final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();

    /** An actor of the article, with what the article says of it. */
    public record Candidate(String key, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    private DiplomaticActors(LinkedArticle linked) {
        this.linked = linked;
        int sentences = linked.annotated().document().sentences().size();
        for (int s = 0; s < sentences; s++) {
            for (Mention mention : linked.mentions(s)) {
                if (linked.isActor(mention.key())) {
                    mentions.computeIfAbsent(mention.key(), k -> new ArrayList<>()).add(mention);
                }
            }
        }
        List<String> ranked = new ArrayList<>(mentions.keySet());
        ranked.sort((a, b) -> mentions.get(b).size() - mentions.get(a).size());
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i + 1);
        }
    }

    /** A candidate for every actor of the article, in the order of its entities. */
    public static List<Candidate> of(LinkedArticle linked) {
        if (linked == null) {
            throw new IllegalArgumentException("linked must be a linked article, but was: null");
        }
        DiplomaticActors actors = new DiplomaticActors(linked);
        List<Candidate> candidates = new ArrayList<>();
        for (Actor actor : linked.entities()) {
            if (actor.type().isActor()) {
                candidates.add(new Candidate(actor.key(), actors.describe(actor)));
            }
        }
        return candidates;
    }

    private List<String> describe(Actor actor) {
        Set<String> features = new LinkedHashSet<>();
        String type = actor.type().localName();
        boolean known = actor.qid() != null;
        features.add("type:" + type);
        features.add("known:" + known + ":" + type);
        features.add("cameo:" + (actor.cameoCode() == null ? "none" : actor.cameoCode().substring(0, Math.min(3, actor.cameoCode().length()))));
        features.add("words:" + Math.min(actor.label().split(" ").length, 4));
        if (actor.type() == ActorType.PERSON) {
            // a side the represented sides model guessed reads as none, as it did when the model learned
            features.add("sideStated:" + (actor.represents() != null && actor.representsConfidence() == null));
        } else if (actor.type() != ActorType.STATE) {
            // the head of a body's name tells one that acts ("Front", "Council") from one that
            // does not ("Court", "Museum"); a name in capitals is mostly a mission or an alliance
            String[] words = actor.label().toLowerCase(Locale.ROOT).split(" ");
            features.add("head:" + words[words.length - 1] + ":" + type);
            features.add("acronym:" + ACRONYM.matcher(actor.label()).matches() + ":" + known);
        }
        List<Mention> named = mentions.getOrDefault(actor.key(), List.of());
        int count = named.size();
        String times = count == 0 ? "0" : count == 1 ? "1" : count == 2 ? "2" : count <= 4 ? "3-4" : "5+";
        features.add("mentions:" + times);
        features.add("mentions:" + times + ":" + type);
        features.add("rank:" + (count == 0 ? "none" : String.valueOf(Math.min(rank.get(actor.key()), RANKS))));
        if (count == 0) {
            return new ArrayList<>(features);
        }
        int first = named.get(0).sentence();
        features.add("first:" + (first == 0 ? "lead" : first <= 2 ? "early" : first <= 5 ? "middle" : "late"));
        long indirect = named.stream().filter(Mention::indirect).count();
        features.add("indirect:" + (indirect == 0 ? "none" : indirect == count ? "all" : "some"));
        int before = 0;
        int verbAfter = 0;
        for (Mention mention : named) {
            List<CoreLabel> tokens = linked.annotated().document().sentences().get(mention.sentence()).tokens();
            if (mention.begin() > 0) {
                CoreLabel previous = tokens.get(mention.begin() - 1);
                features.add("before:" + previous.word().toLowerCase(Locale.ROOT) + ":" + type);
                if ("IN".equals(previous.tag())) {
                    before++;
                }
            }
            if (mention.end() < tokens.size()) {
                String tag = tokens.get(mention.end()).tag();
                if (tag != null && (tag.startsWith("VB") || tag.equals("MD"))) {
                    verbAfter++;
                }
            }
        }
        features.add("afterPreposition:" + share(before, count) + ":" + type);
        features.add("verbAfter:" + share(verbAfter, count) + ":" + type);
        return new ArrayList<>(features);
    }

    private static String share(int part, int whole) {
        return part == 0 ? "none" : part == whole ? "all" : 2 * part >= whole ? "most" : "some";
    }
}
