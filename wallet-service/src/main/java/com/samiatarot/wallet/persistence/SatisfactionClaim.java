package com.samiatarot.wallet.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of wallet.satisfaction_claims: a client's money-back request on a reading payment. */
@Entity
@Table(name = "satisfaction_claims")
public class SatisfactionClaim {

    @Id
    public UUID id;

    @Column(name = "payment_transaction_id", nullable = false)
    public UUID paymentTransactionId;

    @Column(name = "reading_session_id")
    public UUID readingSessionId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    public String reason;

    public String status;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "refund_transaction_id")
    public UUID refundTransactionId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
