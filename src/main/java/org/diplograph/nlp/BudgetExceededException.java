package org.diplograph.nlp;

/** An article whose annotation ran past its time budget; its message says how far it got. */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BudgetExceededException(String message) {
        super(message);
    }
}
