package com.samiatarot.wallet.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.wallet.persistence.SatisfactionClaim;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
public record ClaimView(UUID id, UUID paymentTransactionId, UUID readingSessionId, UUID clientId, String reason, String status,
                        UUID decidedBy, String decisionNote, UUID refundTransactionId, OffsetDateTime createdAt,
                        OffsetDateTime decidedAt) {

    public static ClaimView of(SatisfactionClaim c) {
        return new ClaimView(c.id, c.paymentTransactionId, c.readingSessionId, c.clientId, c.reason, c.status, c.decidedBy,
                c.decisionNote, c.refundTransactionId, c.createdAt, c.decidedAt);
    }
}
