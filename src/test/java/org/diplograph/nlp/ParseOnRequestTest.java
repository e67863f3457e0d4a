package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.diplograph.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * A sentence whose parse a {@link ParseSelector} puts off has none until a reader asks
 * {@link Nlp#dependencyParse} for it, and then the parse it would have had with the others; a
 * sentence left out altogether stays without one.
 */
class ParseOnRequestTest {

    private static final Article ARTICLE = new Article("request", null, null, null,
            "The two ministers met in Reykjavik on Tuesday.\n"
                    + "Lena Hald, the Danish envoy, arrived late.\n"
                    + "Talks resume next week.", "request.txt");

    private static ParseSelector choose(int now, int onRequest) {
        return sentences -> {
            BitSet parseNow = new BitSet();
            parseNow.set(now);
            BitSet later = new BitSet();
            later.set(onRequest);
            return new ParseSelector.Choice(parseNow, later);
        };
    }

    /** The edges of a graph, as "relation(governor-index, dependent-index)" lines. */
    private static TreeSet<String> edges(SemanticGraph graph) {
        TreeSet<String> edges = new TreeSet<>();
        graph.edgeIterable().forEach(edge -> edges.add(edge.getRelation() + "(" + edge.getGovernor().index() + ", "
                + edge.getDependent().index() + ")"));
        return edges;
    }

    @Test
    void aSentencePutOffIsParsedWhenAskedAndAsItWouldHaveBeen() {
        List<CoreSentence> everyParsed = Nlp.annotate(ARTICLE, null, Nlp.ALL).document().sentences();
        CoreDocument document = Nlp.annotate(ARTICLE, null, choose(0, 1)).document();
        List<CoreSentence> chosen = document.sentences();
        assertEquals(3, chosen.size(), "the article has three sentences");

        assertEquals(edges(everyParsed.get(0).dependencyParse()), edges(chosen.get(0).dependencyParse()),
                "the sentence chosen now is parsed with the text");
        assertEquals(0, chosen.get(1).dependencyParse().vertexSet().size(),
                "a sentence put off must have no parse before it is asked for");
        int first = chosen.get(0).tokens().size();
        int second = chosen.get(1).tokens().size();
        assertEquals(first, Nlp.parsedTokens(document),
                "before the request only the first sentence's tokens are parsed");

        SemanticGraph asked = Nlp.dependencyParse(chosen.get(1));
        assertTrue(asked.vertexSet().size() > 5, "asked for, the sentence must be parsed: " + asked);
        assertEquals(edges(everyParsed.get(1).dependencyParse()), edges(asked),
                "the parse on request must be the parse the sentence gets with the others");
        assertEquals(edges(asked), edges(chosen.get(1).dependencyParse()), "the parse on request is kept with the sentence");

        assertEquals(0, Nlp.dependencyParse(chosen.get(2)).vertexSet().size(),
                "a sentence neither parsed nor put off stays without a parse when asked");
        assertEquals(first + second, Nlp.parsedTokens(document),
                "once asked for, the second sentence's tokens are parsed too, and the third's still not");
    }
}
