package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** identity.one_time_tokens: mailed verification and reset tokens, hashed, expiring, single use. */
@Entity
@Table(name = "one_time_tokens")
public class OneTimeToken {

    public static final String EMAIL_VERIFICATION = "email_verification";
    public static final String PASSWORD_RESET = "password_reset";

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;
}
