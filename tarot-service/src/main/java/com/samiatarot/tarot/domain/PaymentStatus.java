package com.samiatarot.tarot.domain;

/** The tarot side of the wallet saga (reading_sessions.payment_status). */
public final class PaymentStatus {

    public static final String NONE = "none";
    public static final String HOLD_PENDING = "hold_pending";
    public static final String HELD = "held";
    public static final String HOLD_FAILED = "hold_failed";
    public static final String CAPTURED = "captured";
    public static final String RELEASED = "released";

    private PaymentStatus() {
    }
}
