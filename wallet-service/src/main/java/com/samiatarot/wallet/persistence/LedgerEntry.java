package com.samiatarot.wallet.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of wallet.transactions: the ledger. {@code balanceEffect} says how a completed row moved its
 * wallet's balance (credit, debit, or none for informational rows such as the platform fee).
 * {@code metadata} (JSONB) keeps its database default and is not mapped.
 */
@Entity
@Table(name = "transactions")
public class LedgerEntry {

    public static final String CREDIT = "credit";
    public static final String DEBIT = "debit";
    public static final String NONE = "none";

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "wallet_id")
    public UUID walletId;

    @Column(name = "transaction_type", nullable = false)
    public String type;

    public BigDecimal amount;

    public String currency;

    public String status;

    @Column(name = "balance_effect")
    public String balanceEffect;

    @Column(name = "gateway_provider")
    public String gatewayProvider;

    @Column(name = "gateway_transaction_id")
    public String gatewayTransactionId;

    @Column(name = "gateway_fee")
    public BigDecimal gatewayFee = BigDecimal.ZERO.setScale(2);

    @Column(name = "reading_session_id")
    public UUID readingSessionId;

    @Column(name = "payment_method_id")
    public UUID paymentMethodId;

    @Column(name = "related_transaction_id")
    public UUID relatedTransactionId;

    public String description;

    @Column(name = "processed_by")
    public UUID processedBy;

    @Column(name = "processor_notes")
    public String processorNotes;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** Withdrawals only: pending, sent, paid or failed (V4 migration); null for other rows. */
    @Column(name = "payout_status")
    public String payoutStatus;

    /** Deposit refunds to the card only: the admin's Idempotency-Key, settled later by whoever learns the outcome (V5). */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public boolean reconciled;

    @Column(name = "reconciled_at")
    public OffsetDateTime reconciledAt;
}
