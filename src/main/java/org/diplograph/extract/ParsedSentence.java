package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.WordClasses;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Mention;

/**
 * One sentence as the extractor reads it: tokens by 0-based position, the enhanced
 * dependency graph, quotation spans and the linked mentions.
 */
final class ParsedSentence {

    private static final Set<String> SECURITY = WordClasses.bundled().get("&SECURITY");

    final int index;
    final List<CoreLabel> tokens;
    final SemanticGraph graph;
    final LinkedArticle linked;
    final String body;
    private final BitSet quoted = new BitSet();
    /** The graph's nodes by index, made on the first {@link #node} asked. */
    private IndexedWord[] nodes;

    ParsedSentence(int index, CoreSentence sentence, LinkedArticle linked) {
        this.index = index;
        this.tokens = sentence.tokens();
        this.graph = sentence.dependencyParse();
        this.linked = linked;
        this.body = linked.annotated().article().body();
        markQuotes();
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return (lemma == null ? tokens.get(i).word() : lemma).toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        return tokens.get(i).tag();
    }

    /**
     * Whether token {@code mark} is "as" meaning "while" or "when" ("as the talks ended"), not
     * the "as" of "as long as" or "as far as".
     */
    boolean isTemporalAs(int mark) {
        return lower(mark).equals("as") && (mark == 0 || !lower(mark - 1).equals("long") && !lower(mark - 1).equals("far"));
    }

    /** The named-entity class CoreNLP gives the token ("DATE", "NUMBER", "O" for none). */
    String ner(int i) {
        String ner = tokens.get(i).ner();
        return ner == null ? "O" : ner;
    }

    boolean isVerb(int i) {
        return tag(i).startsWith("VB");
    }

    boolean isQuoted(int i) {
        return quoted.get(i);
    }

    boolean hasQuotes() {
        return !quoted.isEmpty();
    }

    int charBegin(int i) {
        return tokens.get(i).beginPosition();
    }

    int charEnd(int i) {
        return tokens.get(i).endPosition();
    }

    Optional<Mention> mentionAt(int i) {
        return linked.at(index, i);
    }

    List<Mention> mentions() {
        return linked.mentions(index);
    }

    private IndexedWord node(int i) {
        if (nodes == null) {
            nodes = nodesByIndex();
        }
        return i + 1 >= 0 && i + 1 < nodes.length ? nodes[i + 1] : graph.getNodeByIndexSafe(i + 1);
    }

    /**
     * The graph's nodes by their 1-based index, each the one {@code getNodeByIndexSafe} returns
     * (the first of that index the graph's vertices give): that method walks all the vertices at
     * every call, and the extractor asks for nodes many times a sentence.
     */
    private IndexedWord[] nodesByIndex() {
        IndexedWord[] byIndex = new IndexedWord[tokens.size() + 1];
        for (IndexedWord vertex : graph.vertexSet()) {
            int index = vertex.index();
            if (index >= 0 && index < byIndex.length && byIndex[index] == null) {
                byIndex[index] = vertex;
            }
        }
        return byIndex;
    }

    /** Dependents of token i whose relation starts with one of the prefixes, as positions. */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        IndexedWord node = node(i);
        if (node == null) {
            return out;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            if (matches(edge, relations)) {
                out.add(edge.getDependent().index() - 1);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** Whether a clause headed by token i is introduced by a mark that is one of these words, as written ("whether", "to"). */
    boolean hasMark(int i, String... words) {
        for (int mark : children(i, "mark")) {
            for (String word : words) {
                if (lower(mark).equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every dependent of token i with its relation, in token order. */
    List<Map.Entry<String, Integer>> dependents(int i) {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        IndexedWord node = node(i);
        if (node == null) {
            return out;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            out.add(Map.entry(edge.getRelation().toString(), edge.getDependent().index() - 1));
        }
        out.sort(Map.Entry.comparingByValue());
        return out;
    }

    /** Governors of token i through relations starting with one of the prefixes. */
    List<Integer> parents(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        IndexedWord node = node(i);
        if (node == null) {
            return out;
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
            if (matches(edge, relations)) {
                out.add(edge.getGovernor().index() - 1);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The token that governs token i in the dependency graph, or -1 for the root. */
    int governor(int i) {
        IndexedWord node = node(i);
        if (node == null) {
            return -1;
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
            return edge.getGovernor().index() - 1;
        }
        return -1;
    }

    /** The relation of token i to its governor, "root" for the root of the sentence. */
    String relationAbove(int i) {
        int governor = governor(i);
        return governor < 0 ? "root" : relationTo(governor, i).orElse("dep");
    }

    Optional<String> relationTo(int governor, int dependent) {
        IndexedWord g = node(governor);
        IndexedWord d = node(dependent);
        if (g == null || d == null) {
            return Optional.empty();
        }
        SemanticGraphEdge edge = graph.getEdge(g, d);
        return edge == null ? Optional.empty() : Optional.of(edge.getRelation().toString());
    }

    /** Token i and everything it dominates through basic (tree) relations. */
    BitSet subtree(int i) {
        BitSet out = new BitSet();
        IndexedWord node = node(i);
        if (node == null) {
            out.set(i);
            return out;
        }
        collect(node, out, new BitSet());
        return out;
    }

    private void collect(IndexedWord node, BitSet out, BitSet seen) {
        int position = node.index() - 1;
        if (seen.get(position)) {
            return;
        }
        seen.set(position);
        out.set(position);
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            if (edge.isExtra()) {
                continue;
            }
            String relation = edge.getRelation().toString();
            if (relation.startsWith("nsubj:xsubj") || relation.equals("ref")) {
                continue;
            }
            collect(edge.getDependent(), out, seen);
        }
    }

    /**
     * "talks in Riyadh", "a meeting at Camp David": a city named for where something happens is a
     * place there, not its state speaking. A state's own name after "in" stays a side ("rights for
     * Hungarian speakers in Romania" are asked of Romania).
     */
    boolean isPlace(Mention mention) {
        if (mention.indirect() || mention.text().equalsIgnoreCase(linked.entity(mention.key()).label())) {
            return false;
        }
        for (int t = mention.begin(); t < mention.end(); t++) {
            int governor = governor(t);
            if (governor >= mention.begin() && governor < mention.end()) {
                continue;
            }
            String relation = governor < 0 ? "" : relationTo(governor, t).orElse("");
            return relation.endsWith(":in") || relation.endsWith(":at");
        }
        return false;
    }

    List<Mention> mentionsIn(BitSet region) {
        List<Mention> out = new ArrayList<>();
        for (Mention mention : mentions()) {
            boolean inside = false;
            for (int t = mention.begin(); t < mention.end(); t++) {
                if (region.get(t)) {
                    inside = true;
                    break;
                }
            }
            if (inside) {
                out.add(mention);
            }
        }
        return out;
    }

    /** The mention naming the phrase headed by token i: the head's own, else the first in its subtree. */
    Optional<Mention> mentionOfPhrase(int i) {
        Optional<Mention> own = mentionAt(i);
        if (own.isPresent()) {
            return own;
        }
        for (int poss : children(i, "nmod:poss", "amod", "compound")) {
            Optional<Mention> modifier = mentionAt(poss);
            if (modifier.isPresent() && (modifier.get().indirect() || !SECURITY.contains(lemma(i)))) {
                return modifier;
            }
        }
        return Optional.empty();
    }

    String text(int begin, int endExclusive) {
        return body.substring(charBegin(begin), charEnd(endExclusive - 1));
    }

    private static boolean matches(SemanticGraphEdge edge, String... relations) {
        String relation = edge.getRelation().toString();
        for (String prefix : relations) {
            if (relation.equals(prefix) || relation.startsWith(prefix + ":") || prefix.endsWith(":") && relation.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void markQuotes() {
        boolean inside = false;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            String original = body.substring(charBegin(i), charEnd(i));
            boolean open = word.equals("``") || original.equals("\u201c");
            boolean close = word.equals("''") || original.equals("\u201d");
            boolean straight = original.equals("\"");
            if (open || straight && !inside) {
                inside = true;
                continue;
            }
            if (close || straight) {
                inside = false;
                continue;
            }
            if (inside) {
                quoted.set(i);
            }
        }
    }
}
