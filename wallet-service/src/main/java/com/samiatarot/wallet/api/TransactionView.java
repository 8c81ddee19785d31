package com.samiatarot.wallet.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.shared.api.Money;
import com.samiatarot.wallet.persistence.LedgerEntry;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A ledger row as the API shows it (also stored as the replayable response of idempotent POSTs). */
@RegisterForReflection
public record TransactionView(UUID id, UUID userId, UUID walletId, String type, String direction, Money amount, String status,
                              String gatewayProvider, String gatewayTransactionId, Money gatewayFee, UUID readingSessionId,
                              UUID paymentMethodId, UUID relatedTransactionId, String description, String processorNotes,
                              OffsetDateTime createdAt, OffsetDateTime completedAt, boolean reconciled, String payoutStatus) {

    public static TransactionView of(LedgerEntry e) {
        return new TransactionView(e.id, e.userId, e.walletId, e.type, e.balanceEffect, Money.of(e.amount, e.currency), e.status,
                e.gatewayProvider, e.gatewayTransactionId, e.gatewayFee == null ? null : Money.of(e.gatewayFee, e.currency),
                e.readingSessionId, e.paymentMethodId, e.relatedTransactionId, e.description, e.processorNotes,
                e.createdAt, e.completedAt, e.reconciled, e.payoutStatus);
    }
}
