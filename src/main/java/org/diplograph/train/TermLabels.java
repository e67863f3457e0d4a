package org.diplograph.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.extract.Candidates.TermCandidate;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer.Example;

/**
 * Labels term candidates from a gold file: each gold condition gives its type to the one
 * candidate phrase that best covers its evidence (the largest share of the two spans in
 * common); every other phrase is {@link Decisions#NONE}.
 */
final class TermLabels {

    /** A gold condition's type and the offsets of its evidence in the body. */
    record GoldTerm(String type, int begin, int end) {
    }

    private TermLabels() {
    }

    /** The gold conditions of a gold file whose evidence the body holds. */
    static List<GoldTerm> read(Path goldFile, String body) {
        List<GoldTerm> terms = new ArrayList<>();
        try (InputStream in = Files.newInputStream(goldFile)) {
            JsonObject json = JSON.parse(in);
            if (!json.hasKey("conditions")) {
                return terms;
            }
            for (JsonValue value : json.get("conditions").getAsArray()) {
                JsonObject condition = value.getAsObject();
                if (!condition.hasKey("evidence") || !condition.get("evidence").isString()) {
                    continue;
                }
                String evidence = condition.get("evidence").getAsString().value();
                int at = body.indexOf(evidence);
                if (at >= 0) {
                    terms.add(new GoldTerm(condition.get("type").getAsString().value(), at, at + evidence.length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + goldFile, e);
        }
        return terms;
    }

    static List<Example> examples(List<GoldTerm> gold, List<TermCandidate> candidates) {
        String[] labels = new String[candidates.size()];
        Arrays.fill(labels, Decisions.NONE);
        for (GoldTerm term : gold) {
            int best = -1;
            double bestShare = 0;
            for (int c = 0; c < candidates.size(); c++) {
                double share = share(term, candidates.get(c));
                if (share > bestShare && labels[c].equals(Decisions.NONE)) {
                    best = c;
                    bestShare = share;
                }
            }
            if (best >= 0) {
                labels[best] = term.type();
            }
        }
        List<Example> examples = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            examples.add(new Example(labels[c], candidates.get(c).features()));
        }
        return examples;
    }

    /** The characters two spans share over the characters either covers. */
    private static double share(GoldTerm gold, TermCandidate candidate) {
        int common = Math.min(gold.end(), candidate.end()) - Math.max(gold.begin(), candidate.begin());
        if (common <= 0) {
            return 0;
        }
        int union = Math.max(gold.end(), candidate.end()) - Math.min(gold.begin(), candidate.begin());
        return (double) common / union;
    }
}
