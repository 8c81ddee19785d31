package com.samiatarot.identity.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.persistence.OneTimeToken;
import com.samiatarot.identity.persistence.OneTimeTokenRepository;
import com.samiatarot.identity.security.OpaqueTokens;

import io.smallrye.mutiny.Uni;

/** Issues mailed one-time tokens inside the caller's transaction; older open ones of the purpose die. */
@ApplicationScoped
public class OneTimeTokens {

    private final OneTimeTokenRepository tokens;

    public OneTimeTokens(OneTimeTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** @return the raw token, to be mailed after the transaction commits; only its hash is stored. */
    public Uni<String> issue(UUID userId, String purpose, Duration ttl) {
        String raw = OpaqueTokens.newToken();
        OneTimeToken row = new OneTimeToken();
        row.id = UUID.randomUUID();
        row.userId = userId;
        row.purpose = purpose;
        row.tokenHash = OpaqueTokens.sha256Hex(raw);
        row.expiresAt = OffsetDateTime.now().plus(ttl);
        return tokens.invalidateOpen(userId, purpose).chain(() -> tokens.persist(row)).replaceWith(raw);
    }

    /** Marks a valid token used and returns it; null when unknown, used, expired or of another purpose. */
    public Uni<OneTimeToken> consume(String raw, String purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return Uni.createFrom().nullItem();
        }
        return tokens.findUsable(OpaqueTokens.sha256Hex(raw.strip()), purpose).invoke(row -> {
            if (row != null) {
                row.usedAt = OffsetDateTime.now();
            }
        });
    }

    /** When the last token of that purpose was issued (for resend rate limits), or null. */
    public Uni<OffsetDateTime> lastIssued(UUID userId, String purpose) {
        return tokens.latest(userId, purpose).map(row -> row == null ? null : row.createdAt);
    }
}
