package com.samiatarot.identity.domain;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.persistence.OneTimeTokenRepository;
import com.samiatarot.identity.persistence.RefreshTokenRepository;
import com.samiatarot.shared.security.Rls;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Expired token rows are useless a week after expiry (kept that long for incident forensics). */
@ApplicationScoped
public class TokenHousekeeping {

    private final RefreshTokenRepository refreshTokens;
    private final OneTimeTokenRepository oneTimeTokens;
    private final Rls rls;

    public TokenHousekeeping(RefreshTokenRepository refreshTokens, OneTimeTokenRepository oneTimeTokens, Rls rls) {
        this.refreshTokens = refreshTokens;
        this.oneTimeTokens = oneTimeTokens;
        this.rls = rls;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now().minusDays(7);
        return rls.asService(() -> refreshTokens.deleteExpiredBefore(cutoff).chain(() -> oneTimeTokens.deleteExpiredBefore(cutoff)))
                .replaceWithVoid();
    }
}
