package com.samiatarot.wallet.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.config.WalletConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Scheduled work: expiring holds whose reading never started, forgetting idempotency keys after retention (>= 24 h). */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final Rls rls;
    private final ReadingPayments readingPayments;
    private final WalletConfig config;

    public Housekeeping(Rls rls, ReadingPayments readingPayments, WalletConfig config) {
        this.rls = rls;
        this.readingPayments = readingPayments;
        this.config = config;
    }

    @Scheduled(every = "${samia.wallet.hold-expiry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> expireHolds() {
        return rls.asService(() -> readingPayments.expireDue(EventContext.system(null)))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("released %d expired hold(s)", count);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("hold expiry failed: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> forgetOldIdempotencyKeys() {
        long seconds = Math.max(24 * 3600, config.idempotencyRetention().toSeconds());
        return rls.asService(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "delete from wallet.idempotency_keys where created_at < now() - make_interval(secs => :s)")
                .setParameter("s", (double) seconds).executeUpdate()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
