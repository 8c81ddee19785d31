package com.samiatarot.wallet.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of wallet.user_wallets. Balance changes only through {@code Ledger}, under a row lock. */
@Entity
@Table(name = "user_wallets")
public class Wallet {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public UUID userId;

    public BigDecimal balance;

    public String currency;

    @Column(name = "daily_limit")
    public BigDecimal dailyLimit;

    @Column(name = "monthly_limit")
    public BigDecimal monthlyLimit;

    @Column(name = "is_frozen")
    public boolean frozen;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
