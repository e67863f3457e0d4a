package org.diplograph.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.WordClasses;
import org.diplograph.nlp.AnnotatedArticle;

/**
 * An annotated article with every entity mention resolved to one entity per real-world
 * actor, territory or population.
 */
public final class LinkedArticle {

    private static final Set<String> GO_BETWEEN = WordClasses.bundled().get("&GO_BETWEEN");
    private static final Set<String> MEDIATED = WordClasses.bundled().get("&MEDIATED");

    private final AnnotatedArticle annotated;
    private final List<List<Mention>> mentionsBySentence;
    private final Map<String, Actor> entities;
    /** How often the article names each state or armed group (by its side), in the order it first names them. */
    private final Map<String, Integer> sideMentions;
    /** The sides the article names as go-betweens ({@link #principalParties()}). */
    private final Set<String> goBetweens;

    LinkedArticle(AnnotatedArticle annotated, List<List<Mention>> mentionsBySentence, Map<String, Actor> entities) {
        this.annotated = annotated;
        List<List<Mention>> copy = new ArrayList<>();
        for (List<Mention> sentence : mentionsBySentence) {
            copy.add(List.copyOf(sentence));
        }
        this.mentionsBySentence = List.copyOf(copy);
        // Map.copyOf would iterate in an order that changes from one JVM to the next; the
        // entities keep the order in which the article names them, so output is repeatable.
        this.entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Mention> mentions : this.mentionsBySentence) {
            for (Mention mention : mentions) {
                if (mention.type() == ActorType.STATE || mention.type() == ActorType.ARMED_GROUP) {
                    counts.merge(stateOf(mention.key()), 1, Integer::sum);
                }
            }
        }
        this.sideMentions = java.util.Collections.unmodifiableMap(counts);
        this.goBetweens = Set.copyOf(findGoBetweens());
    }

    /**
     * The sides the article names as go-betweens: a side named right before a word of
     * mediating, hosting or brokering, or one word before it ({@code &GO_BETWEEN}: "Qatari
     * mediators", "Turkey hosted the talks", "Egypt's mediators"), right after one and "by"
     * ("talks facilitated by Norway"), or joined to "-brokered" or "-mediated" ("a
     * Qatari-brokered truce").
     */
    private Set<String> findGoBetweens() {
        Set<String> found = new HashSet<>();
        List<CoreSentence> sentences = annotated.document().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).tokens();
            for (Mention mention : mentionsBySentence.get(s)) {
                boolean goBetween = joinedToBroker(tokens.get(mention.end() - 1).word().toLowerCase(Locale.ROOT));
                for (int t = mention.end(); t < Math.min(tokens.size(), mention.end() + 2); t++) {
                    goBetween |= GO_BETWEEN.contains(tokens.get(t).lemma());
                }
                int before = mention.begin() - 1;
                goBetween |= before >= 1 && tokens.get(before).word().equalsIgnoreCase("by") && GO_BETWEEN.contains(tokens.get(before - 1).lemma());
                if (goBetween) {
                    found.add(stateOf(mention.key()));
                }
            }
        }
        return found;
    }

    /** Whether a lower-cased word joins a side's name to "-brokered" or "-mediated" ("qatari-brokered"): that side brokered it. */
    public static boolean joinedToBroker(String word) {
        return MEDIATED.stream().anyMatch(participle -> word.endsWith("-" + participle));
    }

    public AnnotatedArticle annotated() {
        return annotated;
    }

    public List<Mention> mentions(int sentence) {
        return mentionsBySentence.get(sentence);
    }

    /**
     * The state or armed group the article names most often, other than the given side (by
     * mentions; the first named wins a tie), or null. A term that names no party and whose act
     * names no counterpart concerns, most likely, this other principal side.
     */
    public String principalSideOtherThan(String side) {
        String best = null;
        for (Map.Entry<String, Integer> entry : sideMentions.entrySet()) {
            if (!entry.getKey().equals(side) && (best == null || entry.getValue() > sideMentions.get(best))) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * The two states or armed groups the article names most often other than these (by mentions;
     * the first named wins a tie); empty where it names fewer than two others.
     */
    public List<String> principalPairOtherThan(Collection<String> excluded) {
        List<String> sides = new ArrayList<>(sideMentions.keySet());
        sides.removeAll(excluded);
        if (sides.size() < 2) {
            return List.of();
        }
        sides.sort(Comparator.comparing((String side) -> -sideMentions.get(side)));
        return List.copyOf(sides.subList(0, 2));
    }

    /**
     * The two states or armed groups the article names most often (by mentions; the first named
     * wins a tie), which "the two sides" and "both countries" stand for; empty where it names
     * fewer than two.
     */
    public List<String> principalPair() {
        return principalPairOtherThan(List.of());
    }

    /**
     * The two sides "the two sides" and "both parties" stand for: the two the article names most
     * but for the go-betweens it names (a host or mediator is often named as much as either
     * side); empty where it names fewer than two others.
     */
    public List<String> principalParties() {
        return principalPairOtherThan(goBetweens);
    }

    /** The mention covering a token, if any. */
    public Optional<Mention> at(int sentence, int token) {
        for (Mention mention : mentionsBySentence.get(sentence)) {
            if (mention.covers(token)) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    public Actor entity(String key) {
        Actor actor = entities.get(key);
        if (actor == null) {
            throw new IllegalArgumentException("no entity with key " + key + " in article " + annotated.article().id());
        }
        return actor;
    }

    /** Whether {@code key} names an entity of the article: an actor, a territory or a population. */
    public boolean isEntity(String key) {
        return entities.containsKey(key);
    }

    /** Whether {@code key} names an actor of the article (not a territory or population). */
    public boolean isActor(String key) {
        Actor actor = entities.get(key);
        return actor != null && actor.type().isActor();
    }

    /** Every entity named in the article: actors, territories and populations. */
    public Collection<Actor> entities() {
        return entities.values();
    }

    /**
     * This article with the given persons (keys) representing the sides a model chose for them,
     * where nothing in the article said whom they speak for.
     */
    public LinkedArticle withRepresented(Map<String, RepresentedSides.Chosen> sides) {
        if (sides.isEmpty()) {
            return this;
        }
        Map<String, Actor> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Actor> entry : entities.entrySet()) {
            Actor actor = entry.getValue();
            RepresentedSides.Chosen side = sides.get(entry.getKey());
            changed.put(entry.getKey(), side == null ? actor : new Actor(actor.key(), actor.type(), actor.label(), actor.names(),
                    actor.qid(), side.side(), actor.cameoCode(), side.confidence()));
        }
        return new LinkedArticle(annotated, mentionsBySentence, changed);
    }

    /** The state or organisation an entity acts for: itself unless it is a person who represents one. */
    public String stateOf(String key) {
        Actor actor = entities.get(key);
        if (actor != null && actor.type() == ActorType.PERSON && actor.represents() != null) {
            return actor.represents();
        }
        return key;
    }
}
