package com.samiatarot.wallet.gateway;

import java.util.UUID;

import com.samiatarot.shared.api.Money;

import io.smallrye.mutiny.Uni;

/**
 * A payment service provider. Implementations talk HTTP (Stripe-compatible) or simulate one (sandbox);
 * outcomes of deposits arrive later as signed webhooks. Failures surface as {@link GatewayException}.
 */
public interface PaymentGateway {

    String provider();

    /** Creates (and confirms) a payment intent charging {@code methodRef}; {@code idempotencyKey} makes retries return the same intent. */
    Uni<GatewayResult> createDeposit(UUID transactionId, Money amount, String methodRef, String idempotencyKey);

    /**
     * Refunds {@code amount} of the completed payment intent {@code paymentIntentId} to the card it charged (partial
     * refunds allowed); a result with status {@code failed} or {@code canceled} means the gateway refused.
     */
    Uni<GatewayResult> refund(UUID refundId, String paymentIntentId, Money amount, String idempotencyKey);

    /** Pays {@code amount} out to {@code destinationRef}. */
    Uni<GatewayResult> payout(UUID transactionId, Money amount, String destinationRef, String idempotencyKey);

    /** The secret webhooks from this provider are signed with (blank: every webhook is refused). */
    String webhookSecret();
}
