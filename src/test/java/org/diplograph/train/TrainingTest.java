package org.diplograph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.SharedFolder;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.Fact;
import org.diplograph.eval.Scores;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.LearnedTrigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training over a slice of the training corpus: two blocks of articles, read at run time. */
class TrainingTest {

    private static final List<String> SLICE = List.of("100", "101", "102", "103", "125", "126", "127", "128");

    @TempDir
    static Path folder;

    private static Corpus corpus;

    @BeforeAll
    static void readSlice() throws IOException {
        SharedFolder.trainSlice(folder, SLICE);
        corpus = Corpus.read(folder, 2, name -> { });
    }

    @Test
    void oneThreadOrTwoReadTheSameArticlesInFileNameOrder() {
        List<String> heard = new ArrayList<>();
        Corpus alone = Corpus.read(folder, 1, heard::add);
        List<String> names = corpus.entries().stream().map(Corpus.Entry::name).toList();
        assertEquals(List.of("100", "101", "102", "103", "125", "126", "127", "128"),
                names.stream().map(name -> name.substring(0, 3)).toList(), "the articles should be in file-name order");
        assertEquals(names, alone.entries().stream().map(Corpus.Entry::name).toList());
        assertEquals(names, heard, "progress should hear each name once, in file-name order");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(corpus.entries().get(i).annotated().document().tokens().size(),
                    alone.entries().get(i).annotated().document().tokens().size(), names.get(i) + " should be annotated alike");
        }
    }

    @Test
    void aGoldFileThatCannotBeReadStopsTheReadingWithItsName(@TempDir Path broken) throws IOException {
        String name = corpus.entries().get(0).name();
        Files.copy(folder.resolve(name + ".txt"), broken.resolve(name + ".txt"));
        Files.writeString(broken.resolve(name + ".gold.json"), "{\"doc\": \"" + name + "\", \"actors\": [{\"key\": 7}]}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Corpus.read(broken, 2, n -> { }));
        assertTrue(error.getMessage().contains(name + ".gold.json"), error.getMessage());
    }

    @Test
    void articlesFallIntoBlocksOfTheirNumbers() {
        assertEquals(8, corpus.entries().size());
        assertEquals(List.of(4, 4, 4, 4, 5, 5, 5, 5), corpus.entries().stream().map(Corpus.Entry::block).toList());
        int[] folds = corpus.folds(2, 0);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, folds, "a fold must hold whole blocks");
        assertThrows(IllegalArgumentException.class, () -> corpus.folds(3, 0), "two blocks cannot make three folds");
        assertEquals(7, Corpus.block("175_anything", 0));
        assertEquals(2, Corpus.block("no-number", 50));
    }

    @Test
    void everyDealingKeepsBlocksWholeAndGivesEachFoldItsShare() {
        List<Integer> blocks = new ArrayList<>();
        for (int block = 4; block < 14; block++) {
            for (int article = 0; article < 3; article++) {
                blocks.add(block);
            }
        }
        int[] inOrder = Corpus.deal(blocks, 5, 0);
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals((blocks.get(i) - 4) % 5, inOrder[i], "dealing 0 deals the blocks round in order, but article " + i + " was not");
        }
        Set<String> dealings = new HashSet<>();
        for (int dealing = 0; dealing < 4; dealing++) {
            int[] fold = Corpus.deal(blocks, 5, dealing);
            assertArrayEquals(fold, Corpus.deal(blocks, 5, dealing), "dealing " + dealing + " must give the same folds each time");
            Map<Integer, Set<Integer>> foldsOfBlock = new HashMap<>();
            int[] articlesInFold = new int[5];
            for (int i = 0; i < blocks.size(); i++) {
                foldsOfBlock.computeIfAbsent(blocks.get(i), b -> new HashSet<>()).add(fold[i]);
                articlesInFold[fold[i]]++;
            }
            foldsOfBlock.forEach((block, folds) -> assertEquals(1, folds.size(), "block " + block + " was split over folds " + folds));
            assertArrayEquals(new int[] {6, 6, 6, 6, 6}, articlesInFold, "each fold should hold two blocks of three articles");
            dealings.add(Arrays.toString(fold));
        }
        assertEquals(4, dealings.size(), "four dealings of ten blocks should give four different sets of folds");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Corpus.deal(blocks, 5, -1));
        assertEquals("a dealing of the blocks is numbered from 0, but was: -1", negative.getMessage());
    }

    @Test
    void aFoldLearnsFromTheFoldsAfterItCountingRound() {
        List<Integer> two = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int fold = 0; fold < 5; fold++) {
            if (Corpus.learnsFrom(fold, 5, 3, 2)) {
                two.add(fold);
            }
            if (Corpus.learnsFrom(fold, 5, 3, 4)) {
                all.add(fold);
            }
        }
        assertEquals(List.of(0, 4), two, "fold 3 should learn from the two folds after it, 4 and then 0");
        assertEquals(List.of(0, 1, 2, 4), all, "with four training folds, fold 3 should learn from every other fold");
        int[] fold = corpus.folds(2, 0);
        assertEquals(corpus.entries().subList(4, 8), corpus.trainingFor(fold, 2, 0, 1), "fold 0 should learn from the block of fold 1");
        ModelSettings settings = ModelSettings.DEFAULT.models(false, true, true);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(corpus, 2, 1, 0, settings));
        assertEquals("a fold's models learn from 1 to 1 other folds, but trainingFolds was: 0", none.getMessage());
        IllegalArgumentException itself = assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(corpus, 2, 1, 2, settings));
        assertEquals("a fold's models learn from 1 to 1 other folds, but trainingFolds was: 2", itself.getMessage());
    }

    @Test
    void trainingTwiceWritesByteIdenticalModels() throws IOException {
        ModelSettings settings = ModelSettings.DEFAULT.models(false, true, true);
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));
        Training.Report report = Training.run(corpus, settings, first);
        Training.run(corpus, settings, second);
        for (String file : List.of(Decisions.STATEMENT_MODEL, Decisions.GUARANTEE_MODEL, Decisions.TERM_MODEL, Decisions.CONDITION_MODEL,
                Decisions.GUARANTEE_SIDES_MODEL, Decisions.REPRESENTED_SIDES_MODEL, Decisions.ACTOR_MODEL, LearnedTrigger.FILE)) {
            assertEquals(Files.exists(first.resolve(file)), Files.exists(second.resolve(file)),
                    file + " was written by one of two trainings on the same articles only");
            if (Files.exists(first.resolve(file))) {
                assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                        file + " differs between two trainings on the same articles");
            }
        }
        assertTrue(Files.exists(first.resolve(Decisions.CONDITION_MODEL)), "the slice should teach a condition model");
        assertTrue(report.examples() > 0, "the slice should yield statement candidates");
        assertTrue(report.labels().keySet().stream().anyMatch(label -> !label.equals(Decisions.NONE)),
                "some candidates should be labelled as statements: " + report.labels());
    }

    @Test
    void repeatedCrossValidationPoolsTheCountsOfEachDealing() {
        ModelSettings settings = ModelSettings.DEFAULT.models(false, true, true);
        Dealings dealings = CrossValidation.run(corpus, 2, 2, settings);
        assertEquals(2, dealings.each().size());
        Evaluation pooled = dealings.pooled();
        assertEquals(16, pooled.articles().size(), "each of the 8 articles should be scored once a dealing");
        for (Fact.Kind kind : Fact.Kind.values()) {
            Scores sum = dealings.each().get(0).totals().get(kind).plus(dealings.each().get(1).totals().get(kind));
            assertEquals(sum, pooled.totals().get(kind), kind + " should be pooled over both dealings");
        }
        assertEquals(CrossValidation.run(corpus, 2, settings).totals(), dealings.each().get(0).totals(),
                "dealing 0 should be the cross-validation with the blocks in order");
        StringWriter text = new StringWriter();
        dealings.print(new PrintWriter(text), false);
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("kind "), "the pooled table should come first: " + lines.get(0));
        assertTrue(lines.contains(String.format(Locale.ROOT, "%-11s %10.3f %10.3f %10.3f %10.3f", "spread",
                dealings.spread(Fact.Kind.ACTORS), dealings.spread(Fact.Kind.STATEMENTS), dealings.spread(Fact.Kind.CONDITIONS),
                dealings.spread(Fact.Kind.GUARANTEES))), "the report should end its table of dealings with their spread: " + lines);
        assertEquals(2, lines.stream().filter(line -> line.matches("[01] +(\\d\\.\\d{3} *){4}")).count(),
                "the report should give one row of F1s a dealing: " + lines);
        JsonObject json = dealings.toJson();
        assertEquals(2, json.get("dealings").getAsArray().size());
        assertEquals(8, json.get("articles").getAsArray().size(), "the JSON should list each article once, as dealing 0 scored it");
        assertEquals(pooled.totals().get(Fact.Kind.STATEMENTS).truePositives(),
                json.getObj("kinds").getObj("statements").get("tp").getAsNumber().value().intValue());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(corpus, 2, 0, settings));
        assertEquals("the blocks must be dealt to the folds at least once, but dealings was: 0", none.getMessage());
        assertFalse(json.hasKey("trainingFolds"), "a cross-validation that learns from every other fold should not say otherwise");
        Dealings fewer = new Dealings(5, 2, dealings.each());
        StringWriter curve = new StringWriter();
        fewer.print(new PrintWriter(curve), false);
        assertEquals("Each fold decided by models that learned from only 2 of the other 4 folds (--training-folds).",
                curve.toString().lines().findFirst().orElse(""), "a point of a learning curve should say so first");
        assertEquals(2, fewer.toJson().get("trainingFolds").getAsNumber().value().intValue());
        assertEquals(2, new Dealings(5, 2, dealings.each().subList(0, 1)).toJson().get("trainingFolds").getAsNumber().value().intValue(),
                "one dealing's JSON should say so too");
    }

    @Test
    void crossValidationScoresEveryArticleOnceWithModelsTrainedOnTheOtherBlock() {
        var evaluation = CrossValidation.run(corpus, 2, ModelSettings.DEFAULT.models(false, true, true));
        assertEquals(8, evaluation.articles().size());
        List<String> docs = evaluation.articles().stream().map(a -> a.doc()).toList();
        assertFalse(docs.contains(null));
        assertNotEquals(0, evaluation.totals().values().stream().mapToInt(s -> s.truePositives() + s.falseNegatives()).sum());
    }
}
