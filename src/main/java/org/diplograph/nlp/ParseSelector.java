package org.diplograph.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of a text get the dependency parse, chosen from what the annotators before it
 * found (tokens with their part of speech, lemma and named-entity class): the cascade that spares
 * the parser the sentences nothing will read a parse of. Must be thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {

    /** The indices, into {@code sentences}, of the sentences to parse. */
    BitSet select(List<CoreMap> sentences);
}
