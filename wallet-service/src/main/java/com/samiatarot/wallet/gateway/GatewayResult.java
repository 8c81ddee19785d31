package com.samiatarot.wallet.gateway;

/** What a gateway answered: its own id for the intent or payout, and its status. */
public record GatewayResult(String id, String status) {
}
