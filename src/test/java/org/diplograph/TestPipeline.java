package org.diplograph;

import org.diplograph.extract.Decisions;

/** The pipelines of the test JVM, each built once; the CoreNLP models behind them load once. */
public final class TestPipeline {

    private static final Pipeline PIPELINE = Pipeline.create().build();
    private static final Pipeline RULES = Pipeline.create().decisions(Decisions.rulesOnly()).build();

    private TestPipeline() {
    }

    /** The pipeline as shipped: the rules' candidates decided by the bundled models. */
    public static Pipeline get() {
        return PIPELINE;
    }

    /** The candidate layer alone: the curated rules, decided as they decide, for tests of a rule's phenomenon. */
    public static Pipeline rulesOnly() {
        return RULES;
    }
}
