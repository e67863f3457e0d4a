package org.diplograph.extract.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    /** A small separable problem: the verb decides the label, a shared word does not. */
    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            examples.add(new Example("Demand", List.of("lemma=demand", "word=talks", "n=" + i)));
            examples.add(new Example("Offer", List.of("lemma=offer", "word=talks", "n=" + i)));
            examples.add(new Example("None", List.of("lemma=say", "n=" + i)));
        }
        return examples;
    }

    private static String text(LinearModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    @Test
    void theFeatureThatSeparatesTheLabelsDecides() {
        LinearModel model = LinearModelTrainer.create("test").sigma(1.0).train(examples());
        assertEquals("Demand", model.predict(List.of("lemma=demand", "word=talks")).label());
        assertEquals("Offer", model.predict(List.of("lemma=offer")).label());
        Map<String, Double> probabilities = model.probabilities(List.of("lemma=say"));
        assertEquals(1.0, probabilities.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(probabilities.get("None") > 0.5, "None should be likeliest for 'say', but was " + probabilities);
    }

    @Test
    void weightsSummedByACallerGiveTheModelsProbabilities() {
        LinearModel model = LinearModelTrainer.create("test").sigma(1.0).train(examples());
        List<String> features = List.of("lemma=offer", "n=2", "word=talks", "unseen");
        double[] scores = model.weightsOf(LinearModel.BIAS);
        for (String feature : features) {
            double[] w = model.weightsOf(feature);
            for (int l = 0; w != null && l < scores.length; l++) {
                scores[l] += w[l];
            }
        }
        Map<String, Double> whole = model.probabilities(features);
        Map<String, Double> summed = model.probabilitiesOfScores(scores);
        assertEquals(whole.keySet(), summed.keySet());
        for (String label : whole.keySet()) {
            assertEquals(whole.get(label), summed.get(label), 1e-12, label);
        }
        assertEquals(null, model.weightsOf("unseen"));
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> model.probabilitiesOfScores(new double[] {0.5}));
        assertTrue(wrongLength.getMessage().contains("model test has 3 labels, but the scores have 1"), wrongLength.getMessage());
    }

    @Test
    void trainingTwiceWritesTheSameBytes() throws IOException {
        String first = text(LinearModelTrainer.create("test").train(examples()));
        String second = text(LinearModelTrainer.create("test").train(examples()));
        assertEquals(first, second);
    }

    @Test
    void aWrittenModelReadsBackToTheSamePredictions() throws IOException {
        LinearModel model = LinearModelTrainer.create("test").train(examples());
        String written = text(model);
        LinearModel read = LinearModel.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "memory");
        assertEquals("test", read.name());
        assertEquals(model.labels(), read.labels());
        List<String> features = List.of("lemma=offer", "word=talks");
        assertEquals(model.probabilities(features).get("Offer"), read.probabilities(features).get("Offer"), 1e-5);
        assertEquals(written, text(read));
    }

    @Test
    void aDenseVectorIsLearnedBesideTheStringFeatures() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            examples.add(new Example("Yes", List.of("n=" + i), new float[] {1f, 0f}));
            examples.add(new Example("No", List.of("n=" + i), new float[] {0f, 1f}));
        }
        LinearModel model = LinearModelTrainer.create("dense").train(examples);
        assertTrue(model.usesDense());
        assertEquals("Yes", model.predict(List.of(), new float[] {1f, 0f}).label());
        assertEquals("No", model.predict(List.of(), new float[] {0f, 1f}).label());
    }

    @Test
    void aMalformedModelIsRefusedWithItsLine() {
        String broken = "#labels\tA\tB\nlemma=x\t0.5\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearModel.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.tsv"));
        assertTrue(e.getMessage().contains("broken.tsv line 2"), e.getMessage());
    }

    @Test
    void settingsAreCheckedWhereTheyEnter() {
        assertThrows(IllegalArgumentException.class, () -> LinearModelTrainer.create("x").sigma(0));
        assertThrows(IllegalArgumentException.class, () -> LinearModelTrainer.create("x").minCount(0));
        assertThrows(IllegalArgumentException.class, () -> LinearModelTrainer.create("x").train(List.of()));
        assertArrayEquals(new String[] {"A", "B"}, LinearModel.read(
                new ByteArrayInputStream("#labels\tA\tB\n".getBytes(StandardCharsets.UTF_8)), "m").labels().toArray());
    }
}
