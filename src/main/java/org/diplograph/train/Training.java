package org.diplograph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.LearnedTrigger;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.diplograph.extract.model.SentenceEmbedder;

/**
 * Learns the extractor's decisions from a whole corpus and writes them where
 * {@link Decisions#bundled()} finds them. Deterministic: the same corpus and settings give
 * byte-identical files.
 */
public final class Training {

    /** What was written: the learned triggers, the statement model's examples by label, and its fit to them. */
    public record Report(int triggers, int examples, Map<String, Integer> labels, double trainingAccuracy, Path folder) {
    }

    private Training() {
    }

    /** Writes a model to its file, or removes the file where the settings left the model out. */
    private static void write(Path file, LinearModel model) throws IOException {
        if (model == null) {
            Files.deleteIfExists(file);
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(out);
        }
    }

    public static Report run(Corpus corpus, ModelSettings settings, Path folder) {
        Learner.Learned learned = Learner.learn(corpus.entries(), settings, new SentenceEmbedder.Cache());
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve(LearnedTrigger.FILE), StandardCharsets.UTF_8)) {
                LearnedTrigger.write(learned.triggers(), out);
            }
            write(folder.resolve(Decisions.STATEMENT_MODEL), learned.statementKind());
            write(folder.resolve(Decisions.GUARANTEE_MODEL), learned.guaranteePair());
            write(folder.resolve(Decisions.TERM_MODEL), learned.termType());
            write(folder.resolve(Decisions.CONDITION_MODEL), learned.conditionSides());
            write(folder.resolve(Decisions.GUARANTEE_SIDES_MODEL), learned.guaranteeSides());
            write(folder.resolve(Decisions.REPRESENTED_SIDES_MODEL), learned.representedSides());
            write(folder.resolve(Decisions.ACTOR_MODEL), learned.actors());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the models to " + folder, e);
        }
        Map<String, Integer> labels = new TreeMap<>();
        int right = 0;
        for (Example example : learned.examples()) {
            labels.merge(example.label(), 1, Integer::sum);
            if (learned.statementKind().predict(example.features(), example.dense()).label().equals(example.label())) {
                right++;
            }
        }
        return new Report(learned.triggers().size(), learned.examples().size(), labels,
                (double) right / learned.examples().size(), folder);
    }
}
