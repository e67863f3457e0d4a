package org.diplograph.train;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.eval.Fact;
import org.diplograph.extract.LearnedTrigger;
import org.diplograph.extract.Lexicon;
import org.diplograph.extract.StatementKind;

/**
 * Finds the words that head gold statements: for each gold statement, the highest content
 * word of its evidence in the dependency parse; a lemma and part of speech that heads enough
 * of them, and a large enough share of its own occurrences, becomes a learned trigger,
 * typed by the kind its statements mostly have. Words the curated lexicon has are left out.
 */
final class TriggerMining {

    private TriggerMining() {
    }

    static List<LearnedTrigger> mine(List<Corpus.Entry> entries, ModelSettings settings) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Map<String, Integer>> heads = new TreeMap<>();
        for (Corpus.Entry entry : entries) {
            String body = entry.article().body();
            List<int[]> spans = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (Fact fact : entry.gold().facts()) {
                int at = fact.kind() == Fact.Kind.STATEMENTS && !fact.evidence().isEmpty() ? body.indexOf(fact.evidence()) : -1;
                if (at >= 0) {
                    spans.add(new int[] {at, at + fact.evidence().length()});
                    types.add(fact.type());
                }
            }
            for (CoreSentence sentence : entry.annotated().document().sentences()) {
                for (CoreLabel token : sentence.tokens()) {
                    String pos = coarse(token.tag());
                    if (pos != null) {
                        occurrences.merge(key(token, pos), 1, Integer::sum);
                    }
                }
                int sentenceBegin = sentence.tokens().get(0).beginPosition();
                int sentenceEnd = sentence.tokens().get(sentence.tokens().size() - 1).endPosition();
                for (int s = 0; s < spans.size(); s++) {
                    if (spans.get(s)[1] <= sentenceBegin || spans.get(s)[0] >= sentenceEnd) {
                        continue;
                    }
                    CoreLabel head = head(sentence, spans.get(s)[0], spans.get(s)[1]);
                    if (head != null) {
                        heads.computeIfAbsent(key(head, coarse(head.tag())), k -> new TreeMap<>()).merge(types.get(s), 1, Integer::sum);
                    }
                }
            }
        }
        Lexicon lexicon = Lexicon.bundled();
        List<LearnedTrigger> learned = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> entry : heads.entrySet()) {
            int support = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
            double precision = (double) support / Math.max(support, occurrences.getOrDefault(entry.getKey(), 0));
            String[] lemmaPos = entry.getKey().split("\t");
            if (support < settings.minSupport() || precision < settings.minPrecision() || lexicon.hasTrigger(lemmaPos[0], lemmaPos[1])) {
                continue;
            }
            String kind = entry.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            learned.add(new LearnedTrigger(lemmaPos[0], lemmaPos[1], StatementKind.fromLocalName(kind), support, precision));
        }
        return List.copyOf(learned);
    }

    /**
     * The highest content word of the sentence inside [begin, end): one whose governor lies
     * outside the span, the first of them in the text; null where the span has none here.
     */
    private static CoreLabel head(CoreSentence sentence, int begin, int end) {
        SemanticGraph graph = sentence.dependencyParse();
        CoreLabel best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (IndexedWord word : graph.vertexSet()) {
            CoreLabel token = word.backingLabel();
            if (token.beginPosition() < begin || token.endPosition() > end || coarse(token.tag()) == null) {
                continue;
            }
            int depth = depthInside(graph, word, begin, end);
            if (depth < bestDepth || depth == bestDepth && token.beginPosition() < best.beginPosition()) {
                best = token;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** How many governors inside the span lie above a word. */
    private static int depthInside(SemanticGraph graph, IndexedWord word, int begin, int end) {
        int depth = 0;
        IndexedWord node = word;
        for (int guard = 0; guard < 50; guard++) {
            IndexedWord parent = graph.getParent(node);
            if (parent == null || parent.beginPosition() < begin || parent.endPosition() > end) {
                return depth;
            }
            depth++;
            node = parent;
        }
        return depth;
    }

    private static String key(CoreLabel token, String pos) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT) + "\t" + pos;
    }

    /** VERB, NOUN (common nouns only) or ADJ for a Penn tag; null for any other. */
    static String coarse(String tag) {
        if (tag == null) {
            return null;
        }
        if (tag.startsWith("VB")) {
            return "VERB";
        }
        if (tag.equals("NN") || tag.equals("NNS")) {
            return "NOUN";
        }
        return tag.startsWith("JJ") ? "ADJ" : null;
    }
}
