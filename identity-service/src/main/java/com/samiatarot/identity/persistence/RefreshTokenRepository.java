package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    /** Row-locked: two concurrent refreshes with one token serialise, the second sees it rotated. */
    public Uni<RefreshToken> findByHashForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<RefreshToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    public Uni<Integer> revokeFamily(UUID familyId, String reason) {
        return update("revokedAt = :now, revokedReason = :reason where familyId = :family and revokedAt is null",
                Parameters.with("now", OffsetDateTime.now()).and("reason", reason).and("family", familyId));
    }

    public Uni<Integer> revokeAllOf(UUID userId, String reason) {
        return update("revokedAt = :now, revokedReason = :reason where userId = :user and revokedAt is null",
                Parameters.with("now", OffsetDateTime.now()).and("reason", reason).and("user", userId));
    }

    public Uni<Long> deleteExpiredBefore(OffsetDateTime cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
