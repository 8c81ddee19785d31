package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OneTimeTokenRepository implements PanacheRepositoryBase<OneTimeToken, UUID> {

    public Uni<OneTimeToken> findUsable(String tokenHash, String purpose) {
        return find("tokenHash = :hash and purpose = :purpose and usedAt is null and expiresAt > :now",
                Parameters.with("hash", tokenHash).and("purpose", purpose).and("now", OffsetDateTime.now()))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** A new token of a purpose makes the older unused ones worthless. */
    public Uni<Integer> invalidateOpen(UUID userId, String purpose) {
        return update("usedAt = :now where userId = :user and purpose = :purpose and usedAt is null",
                Parameters.with("now", OffsetDateTime.now()).and("user", userId).and("purpose", purpose));
    }

    public Uni<OneTimeToken> latest(UUID userId, String purpose) {
        return find("userId = ?1 and purpose = ?2 order by createdAt desc", userId, purpose).firstResult();
    }

    public Uni<Long> deleteExpiredBefore(OffsetDateTime cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
