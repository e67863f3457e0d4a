package org.diplograph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.eval.GoldArticle;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.RepresentedSides;

/**
 * Labels the sides a person might speak for from a gold file: the side the gold says the
 * person represents is {@link RepresentedSides#YES}, every other side {@link RepresentedSides#NO};
 * a person the gold does not know, or gives no side, teaches nothing.
 */
final class RepresentedLabels {

    private RepresentedLabels() {
    }

    static List<Example> examples(GoldArticle gold, LinkedArticle linked) {
        List<Example> examples = new ArrayList<>();
        GoldKeys keys = new GoldKeys(gold, linked::entity);
        for (RepresentedSides.Choice choice : RepresentedSides.of(linked)) {
            String side = goldSide(gold, keys.of(choice.person()));
            if (side == null) {
                continue;
            }
            boolean yes = keys.of(choice.side()).contains(side);
            examples.add(new Example(yes ? RepresentedSides.YES : RepresentedSides.NO, choice.features()));
        }
        return examples;
    }

    private static String goldSide(GoldArticle gold, Set<String> personKeys) {
        for (GoldArticle.GoldActor actor : gold.actors()) {
            if (personKeys.contains(actor.key()) && actor.represents() != null) {
                return actor.represents();
            }
        }
        return null;
    }
}
