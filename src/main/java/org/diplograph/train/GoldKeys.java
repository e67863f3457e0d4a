package org.diplograph.train;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplograph.eval.GoldArticle;
import org.diplograph.eval.Keys;
import org.diplograph.link.Actor;

/**
 * Matches the actors of an article of ours to the actors of its gold file as the scorer does,
 * for the labels of every model that learns which side is which (guarantees, conditions,
 * represented sides). An actor is matched once, however many candidates name it.
 */
final class GoldKeys {

    private final GoldArticle gold;
    private final Function<String, Actor> actors;
    private final Map<String, Set<String>> matched = new HashMap<>();

    /** The matcher of an article's actors, which {@code actors} gives by key, to its gold. */
    GoldKeys(GoldArticle gold, Function<String, Actor> actors) {
        this.gold = gold;
        this.actors = actors;
    }

    /** The gold keys the actor of this key matches: its Wikidata id, and every gold actor one of whose names it bears. */
    Set<String> of(String key) {
        return matched.computeIfAbsent(key, k -> match(actors.apply(k)));
    }

    private Set<String> match(Actor actor) {
        Set<String> names = new TreeSet<>();
        names.add(Keys.normalise(actor.label()));
        actor.names().forEach(name -> names.add(Keys.normalise(name)));
        Set<String> keys = new TreeSet<>();
        if (actor.qid() != null) {
            keys.add(actor.qid());
        }
        for (GoldArticle.GoldActor goldActor : gold.actors()) {
            if (goldActor.key().equals(actor.qid()) || goldActor.names().stream().map(Keys::normalise).anyMatch(names::contains)) {
                keys.add(goldActor.key());
            }
        }
        return keys;
    }
}
