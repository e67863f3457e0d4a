package org.diplograph;

/** One pipeline for the whole test JVM: the CoreNLP models behind it load once. */
public final class TestPipeline {

    private static final Pipeline PIPELINE = Pipeline.create().build();

    private TestPipeline() {
    }

    public static Pipeline get() {
        return PIPELINE;
    }
}
