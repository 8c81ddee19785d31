package com.samiatarot.tarot.domain;

import com.samiatarot.shared.problem.DomainException;

/** A lifecycle step the reading's current state does not allow: 409 naming both. */
public class IllegalTransition extends DomainException {

    public IllegalTransition(ReadingStatus.Action action, ReadingStatus current) {
        super(409, "illegal-transition", "Illegal transition",
                "A reading that is " + current.db() + " cannot be " + pastTense(action) + ".");
        with("status", current.db());
        with("action", action.verb());
    }

    private static String pastTense(ReadingStatus.Action action) {
        return switch (action) {
            case ACCEPT -> "accepted";
            case START -> "started";
            case COMPLETE -> "completed";
            case CANCEL -> "cancelled";
        };
    }
}
