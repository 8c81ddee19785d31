package com.samiatarot.wallet.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Gateway webhooks: signature first (nothing is read or written for an unsigned, badly signed or stale
 * delivery), then the gateway event id is claimed in gateway_events in the same transaction as its effect,
 * so a redelivery changes nothing.
 */
@ApplicationScoped
public class Webhooks {

    private static final String CLAIM = "insert into wallet.gateway_events (provider, event_id, event_type) values (:p, :e, :t)"
            + " on conflict (provider, event_id) do nothing";

    private final Gateways gateways;
    private final Payments payments;
    private final Withdrawals withdrawals;
    private final DepositRefunds depositRefunds;
    private final Rls rls;
    private final ObjectMapper mapper;
    private final WalletConfig config;

    public Webhooks(Gateways gateways, Payments payments, Withdrawals withdrawals, DepositRefunds depositRefunds, Rls rls,
                    ObjectMapper mapper, WalletConfig config) {
        this.gateways = gateways;
        this.payments = payments;
        this.withdrawals = withdrawals;
        this.depositRefunds = depositRefunds;
        this.rls = rls;
        this.mapper = mapper;
        this.config = config;
    }

    public record Receipt(String eventId, String outcome) {
    }

    /** Rolls back the event claim of a webhook whose object is unknown here. */
    static final class NotRecorded extends RuntimeException {
        NotRecorded(String outcome) {
            super(outcome, null, false, false);
        }
    }

    public Uni<Receipt> receive(String provider, String payload, String signature, EventContext context) {
        if (!gateways.supports(provider)) {
            return Uni.createFrom().failure(DomainException.notFound("Webhook endpoint"));
        }
        try {
            WebhookSignature.verify(signature, payload, gateways.get(provider).webhookSecret(), config.webhookTolerance(), Instant.now());
        } catch (DomainException e) {
            return Uni.createFrom().failure(e);
        }
        JsonNode event;
        try {
            event = mapper.readTree(payload);
        } catch (Exception e) {
            return Uni.createFrom().failure(DomainException.badRequest("The webhook payload is not valid JSON."));
        }
        String eventId = event.path("id").asText("");
        String type = event.path("type").asText("");
        JsonNode object = event.path("data").path("object");
        String objectId = object.path("id").asText("");
        if (eventId.isBlank() || type.isBlank() || eventId.length() > 255) {
            return Uni.createFrom().failure(DomainException.badRequest("The webhook event needs an id and a type."));
        }
        String metadataTx = object.path("metadata").path("transaction_id").asText("");
        Long amount = object.hasNonNull("amount") && object.get("amount").canConvertToLong() ? object.get("amount").asLong() : null;
        return rls.asService(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM).setParameter("p", provider).setParameter("e", eventId)
                        .setParameter("t", type.length() > 100 ? type.substring(0, 100) : type).executeUpdate())
                .chain(claimed -> {
                    if (claimed == 0) {
                        return Uni.createFrom().item("duplicate");
                    }
                    Uni<String> outcome = switch (type) {
                        case "payment_intent.succeeded" -> payments.completeDeposit(provider, objectId, amount, context);
                        case "payment_intent.payment_failed", "payment_intent.canceled" -> payments.failDeposit(provider, objectId, context);
                        case "payout.failed" -> withdrawals.failedAtGateway(provider, objectId, uuidOrNull(metadataTx), context);
                        case "payout.paid" -> withdrawals.paidAtGateway(provider, objectId, uuidOrNull(metadataTx));
                        case "refund.failed" -> depositRefunds.failedAtGateway(provider, objectId, uuidOrNull(metadataTx), context);
                        default -> Uni.createFrom().item("ignored");
                    };
                    // An event about an intent we do not know (yet: our own transaction may not have committed) must not
                    // stay claimed, or the gateway's retry would be dropped as a duplicate: roll the claim back.
                    return outcome.invoke(o -> {
                        if (o.startsWith("unknown")) {
                            throw new NotRecorded(o);
                        }
                    });
                }))
                .onFailure(NotRecorded.class).recoverWithItem(e -> e.getMessage())
                .map(outcome -> new Receipt(eventId, outcome));
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
