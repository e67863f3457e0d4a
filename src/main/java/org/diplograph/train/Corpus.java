package org.diplograph.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.diplograph.OrderedWork;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.GoldArticle;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Nlp;

/**
 * A gold folder read for learning: each article with its gold file, annotated once.
 * Articles are grouped in blocks of numbers ({@code 100-124}, {@code 125-149}, ...: a block
 * of 25 by the number its file name starts with), so that folds never split one writer's
 * set of episodes.
 */
public final class Corpus {

    /** The width of a block of article numbers: one writer's episodes in the training corpus. */
    public static final int BLOCK = 25;

    /** One article: its name, block, gold (facts, and the evidence of each gold condition) and annotation. */
    public record Entry(String name, int block, GoldArticle gold, List<TermLabels.GoldTerm> goldTerms,
                        List<ConditionLabels.GoldCondition> goldConditions, AnnotatedArticle annotated) {

        public Article article() {
            return annotated.article();
        }
    }

    private final List<Entry> entries;

    private Corpus(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads every article of {@code folder} that has a gold file, in file-name order, on one thread a core. */
    public static Corpus read(Path folder, Consumer<String> progress) {
        return read(folder, OrderedWork.cores(), progress);
    }

    /**
     * Reads every article of {@code folder} that has a gold file, in file-name order, annotating
     * them on {@code threads} threads; {@code progress} hears each name, in that order, once the
     * article is read. A gold file that cannot be read stops the reading with its error.
     */
    public static Corpus read(Path folder, int threads, Consumer<String> progress) {
        List<Path> golds = Evaluation.goldFiles(folder);
        List<Entry> entries = new ArrayList<>();
        try (OrderedWork work = new OrderedWork(threads)) {
            for (int i = 0; i < golds.size(); i++) {
                Path goldFile = golds.get(i);
                int position = i;
                work.submit(() -> {
                    String name = Evaluation.docName(goldFile);
                    Article article = Evaluation.articleOf(goldFile);
                    Entry entry = new Entry(name, block(name, position), GoldArticle.read(goldFile),
                            TermLabels.read(goldFile, article.body()), ConditionLabels.read(goldFile, article.body()), Nlp.annotate(article));
                    return () -> {
                        progress.accept(name);
                        entries.add(entry);
                    };
                });
            }
        }
        return new Corpus(entries);
    }

    /** The block of an article: its number divided by {@link #BLOCK}, or its position where the name has no number. */
    static int block(String name, int position) {
        int digits = 0;
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? position / BLOCK : Integer.parseInt(name.substring(0, digits)) / BLOCK;
    }

    /**
     * The fold of each entry in one dealing of the blocks: dealing 0 deals them round in order,
     * any other dealing in an order shuffled with the dealing's number as the seed, so that the
     * same dealing gives the same folds on every machine. Each fold holds whole blocks.
     */
    public int[] folds(int folds, int dealing) {
        return deal(entries.stream().map(Entry::block).toList(), folds, dealing);
    }

    /** The fold of each of some articles, given the block of each: see {@link #folds(int, int)}. */
    static int[] deal(List<Integer> blockOfEach, int folds, int dealing) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, but was: " + folds);
        }
        if (dealing < 0) {
            throw new IllegalArgumentException("a dealing of the blocks is numbered from 0, but was: " + dealing);
        }
        List<Integer> blocks = new ArrayList<>(new TreeSet<>(blockOfEach));
        if (blocks.size() < folds) {
            throw new IllegalArgumentException("cannot make " + folds + " folds of " + blocks.size() + " blocks of articles");
        }
        if (dealing > 0) {
            Collections.shuffle(blocks, new Random(dealing));
        }
        int[] fold = new int[blockOfEach.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = blocks.indexOf(blockOfEach.get(i)) % folds;
        }
        return fold;
    }

    /**
     * The entries a fold's models learn from: those of the {@code trainingFolds} folds after
     * {@code heldOut}, counting round from the last fold to the first ({@link #learnsFrom}).
     */
    public List<Entry> trainingFor(int[] fold, int folds, int heldOut, int trainingFolds) {
        List<Entry> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (learnsFrom(fold[i], folds, heldOut, trainingFolds)) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }

    /**
     * Whether the models that decide fold {@code heldOut} learn from fold {@code fold}: one of the
     * {@code trainingFolds} folds after it, counting round. With {@code folds - 1}, every fold but
     * the held-out one; with fewer, each fold is decided by models that learned from fewer blocks,
     * always whole ones, so that the figures tell how the extractor gains from a larger corpus.
     */
    static boolean learnsFrom(int fold, int folds, int heldOut, int trainingFolds) {
        int after = Math.floorMod(fold - heldOut, folds);
        return after >= 1 && after <= trainingFolds;
    }
}
