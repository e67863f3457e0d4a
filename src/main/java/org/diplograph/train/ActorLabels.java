package org.diplograph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.eval.GoldArticle;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.diplograph.link.DiplomaticActors;
import org.diplograph.link.LinkedArticle;

/**
 * Labels the actors of an article from its gold file: an actor the scorer matches to one of the
 * gold actors is {@link DiplomaticActors#YES}, any other {@link DiplomaticActors#NO}.
 */
final class ActorLabels {

    private ActorLabels() {
    }

    static List<Example> examples(GoldArticle gold, LinkedArticle linked) {
        Set<String> goldKeys = gold.actors().stream().map(GoldArticle.GoldActor::key).collect(Collectors.toSet());
        GoldKeys keys = new GoldKeys(gold, linked::entity);
        List<Example> examples = new ArrayList<>();
        for (DiplomaticActors.Candidate candidate : DiplomaticActors.of(linked)) {
            boolean yes = keys.of(candidate.key()).stream().anyMatch(goldKeys::contains);
            examples.add(new Example(yes ? DiplomaticActors.YES : DiplomaticActors.NO, candidate.features()));
        }
        return examples;
    }
}
