package org.diplograph.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Which sentences of a text get the dependency parse, chosen from what the annotators before it
 * found (tokens with their part of speech, lemma and named-entity class): the cascade that spares
 * the parser the sentences nothing will read a parse of. Must be thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {

    /**
     * The sentences to parse with the others, and those whose parse is put off until a reader asks
     * for it ({@link Nlp#dependencyParse}): both as indices into the text's sentences.
     */
    record Choice(BitSet now, BitSet onRequest) {

        public Choice {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(onRequest, "onRequest");
        }

        /** The sentences {@code now}, none put off. */
        public static Choice now(BitSet now) {
            return new Choice(now, new BitSet());
        }
    }

    /** Which of {@code sentences} to parse now and which on request only. */
    Choice select(List<CoreMap> sentences);
}
