package com.samiatarot.wallet.gateway;

/** What a gateway answered: its own id for the intent or payout, and its status. */
public record GatewayResult(String id, String status) {

    /** Stripe answers some refusals with a 200 and a terminal status instead of an error. */
    public boolean refused() {
        return "failed".equals(status) || "canceled".equals(status);
    }
}
