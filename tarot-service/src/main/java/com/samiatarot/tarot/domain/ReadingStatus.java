package com.samiatarot.tarot.domain;

import java.util.Set;

/**
 * The lifecycle of a reading. AI readings are created completed; human readings go
 * pending → accepted → active → completed, and may be cancelled at any point before completion.
 */
public enum ReadingStatus {
    PENDING, ACCEPTED, ACTIVE, COMPLETED, CANCELLED;

    public enum Action {
        ACCEPT(Set.of(PENDING), ACCEPTED),
        START(Set.of(ACCEPTED), ACTIVE),
        COMPLETE(Set.of(ACTIVE), COMPLETED),
        CANCEL(Set.of(PENDING, ACCEPTED, ACTIVE), CANCELLED);

        private final Set<ReadingStatus> from;
        private final ReadingStatus to;

        Action(Set<ReadingStatus> from, ReadingStatus to) {
            this.from = from;
            this.to = to;
        }

        public boolean allowedFrom(ReadingStatus status) {
            return from.contains(status);
        }

        public ReadingStatus target() {
            return to;
        }

        public String verb() {
            return name().toLowerCase();
        }
    }

    public String db() {
        return name().toLowerCase();
    }

    public static ReadingStatus of(String db) {
        return valueOf(db.toUpperCase());
    }

    /** The state after {@code action}, or 409 when the lifecycle does not allow it from here. */
    public ReadingStatus apply(Action action) {
        if (!action.allowedFrom(this)) {
            throw new IllegalTransition(action, this);
        }
        return action.target();
    }
}
