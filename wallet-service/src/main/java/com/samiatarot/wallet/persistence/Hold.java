package com.samiatarot.wallet.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of wallet.wallet_holds: money reserved for one reading; it never changes the balance itself. */
@Entity
@Table(name = "wallet_holds")
public class Hold {

    public static final String ACTIVE = "active";
    public static final String CAPTURED = "captured";
    public static final String RELEASED = "released";
    public static final String EXPIRED = "expired";

    @Id
    public UUID id;

    @Column(name = "wallet_id", nullable = false)
    public UUID walletId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "reader_id")
    public UUID readerId;

    @Column(name = "reading_id", nullable = false)
    public UUID readingId;

    public BigDecimal amount;

    public String currency;

    public String status;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
