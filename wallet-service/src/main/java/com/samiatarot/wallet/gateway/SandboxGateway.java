package com.samiatarot.wallet.gateway;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;


import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.shared.api.Money;

import io.smallrye.mutiny.Uni;

/**
 * A gateway for the local stack that behaves like one: an intent now, a signed webhook later
 * ({@code SandboxWebhookDelivery}). Tokens starting with {@code sbx_fail} are declined, like Stripe's
 * test cards, so failures can be exercised end to end; tokens starting with {@code sbx_norefund} are charged
 * but their refunds are declined (Stripe's refund-failure test card).
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String DECLINE_PREFIX = "sbx_fail";
    public static final String REFUND_DECLINE_PREFIX = "sbx_norefund";
    /** Intents of {@link #REFUND_DECLINE_PREFIX} tokens carry the mark in their id: the refund sees only the intent. */
    private static final String NO_REFUND_INTENT = "sbx_pi_nr_";

    private final String webhookSecret;

    public SandboxGateway(WalletConfig config) {
        this.webhookSecret = config.sandbox().webhookSecret();
    }

    @Override
    public String provider() {
        return "sandbox";
    }

    @Override
    public Uni<GatewayResult> createDeposit(UUID transactionId, Money amount, String methodRef, String idempotencyKey) {
        // Same idempotency key, same intent: exactly what Stripe does.
        boolean noRefund = methodRef != null && methodRef.startsWith(REFUND_DECLINE_PREFIX);
        String id = (noRefund ? NO_REFUND_INTENT : "sbx_pi_") + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        return Uni.createFrom().item(new GatewayResult(id, "processing"));
    }

    @Override
    public Uni<GatewayResult> refund(UUID refundId, String paymentIntentId, Money amount, String idempotencyKey) {
        if (paymentIntentId == null || !paymentIntentId.startsWith("sbx_pi_")) {
            return Uni.createFrom().failure(new GatewayException(provider(), "does not know this payment intent"));
        }
        if (paymentIntentId.startsWith(NO_REFUND_INTENT)) {
            return Uni.createFrom().failure(new GatewayException(provider(), "declined the refund"));
        }
        String id = "sbx_re_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        return Uni.createFrom().item(new GatewayResult(id, "succeeded"));
    }

    @Override
    public Uni<GatewayResult> payout(UUID transactionId, Money amount, String destinationRef, String idempotencyKey) {
        if (destinationRef != null && destinationRef.startsWith(DECLINE_PREFIX)) {
            return Uni.createFrom().failure(new GatewayException(provider(), "declined the payout"));
        }
        String id = "sbx_po_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
        return Uni.createFrom().item(new GatewayResult(id, "paid"));
    }

    @Override
    public String webhookSecret() {
        return webhookSecret;
    }
}
