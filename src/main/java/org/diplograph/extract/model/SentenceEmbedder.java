package org.diplograph.extract.model;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence embeddings for the models' dense features: all-MiniLM-L6-v2, quantised, run on
 * ONNX Runtime on the CPU (384 dimensions). The model loads once per process, on first use.
 * Thread-safe.
 */
public final class SentenceEmbedder {

    /** The number of dimensions of an embedding. */
    public static final int DIMENSIONS = 384;

    private static volatile EmbeddingModel model;

    private SentenceEmbedder() {
    }

    private static EmbeddingModel model() {
        EmbeddingModel result = model;
        if (result == null) {
            synchronized (SentenceEmbedder.class) {
                result = model;
                if (result == null) {
                    result = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = result;
                }
            }
        }
        return result;
    }

    /** The embedding of a text, normalised to unit length by the model. */
    public static float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed an empty text, but was: '" + text + "'");
        }
        return model().embed(text).content().vector();
    }

    /** Embeds texts, each once: a cache for a caller that meets the same texts again (cross-validation folds). */
    public static final class Cache {
        private final Map<String, float[]> embeddings = new ConcurrentHashMap<>();

        public float[] embed(String text) {
            return embeddings.computeIfAbsent(text, SentenceEmbedder::embed);
        }
    }
}
