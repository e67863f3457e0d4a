package org.diplograph.extract;

/**
 * The checks of what every extracted fact says of its own making: how sure the extractor is of
 * it and which rule proposed it. Statements, conditions and guarantees all carry both, and the
 * writer turns them into dip:confidence and dip:extractedBy, which the shapes require.
 */
final class Provenance {

    private Provenance() {
    }

    /** Throws unless {@code confidence} is in [0, 1]; NaN is not. */
    static void checkConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], but was: " + confidence);
        }
    }

    /** Throws unless {@code rule} names a rule: not null, not blank. The message shows the fact's evidence. */
    static void checkRule(String rule, Span evidence) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must name the rule that proposed the fact, but was "
                    + (rule == null ? "null" : "\"" + rule + "\"") + ": " + evidence);
        }
    }
}
