package org.diplograph.train;

import java.util.Set;
import java.util.TreeSet;
import org.diplograph.eval.GoldArticle;
import org.diplograph.eval.Keys;
import org.diplograph.link.Actor;

/**
 * Matches an actor of ours to the actors of a gold file as the scorer does, for the labels of
 * every model that learns which side is which (guarantees, conditions, represented sides).
 */
final class GoldKeys {

    private GoldKeys() {
    }

    /** The gold keys an actor matches: its Wikidata id, and every gold actor one of whose names it bears. */
    static Set<String> of(Actor actor, GoldArticle gold) {
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
