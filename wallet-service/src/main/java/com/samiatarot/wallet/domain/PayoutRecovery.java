package com.samiatarot.wallet.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.persistence.LedgerEntry;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Settles withdrawals whose payout was left {@code pending}: the gateway did not answer, or the service stopped
 * between the debit and the payout. Each is asked again with its own idempotency key, so the gateway answers with
 * the payout it may already have made instead of paying twice; the answer is applied as in the request
 * ({@link Withdrawals#payOut}). Only payouts older than the configured age, so a request still retrying is left alone.
 */
@ApplicationScoped
public class PayoutRecovery {

    private static final Logger LOG = Logger.getLogger(PayoutRecovery.class);
    private static final String DUE = "select t, pm.providerMethodId from LedgerEntry t left join PaymentMethod pm on pm.id = t.paymentMethodId"
            + " where t.payoutStatus = 'pending' and t.createdAt < :before order by t.createdAt";

    private final Withdrawals withdrawals;
    private final Rls rls;
    private final WalletConfig config;

    public PayoutRecovery(Withdrawals withdrawals, Rls rls, WalletConfig config) {
        this.withdrawals = withdrawals;
        this.rls = rls;
        this.config = config;
    }

    @Scheduled(every = "${samia.wallet.payout-recovery-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scheduled() {
        return settlePending(config.payoutRecoveryAge())
                .invoke(outcomes -> {
                    if (!outcomes.isEmpty()) {
                        LOG.infof("payout recovery: %s", outcomes);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("payout recovery failed: %s", e.getClass().getSimpleName()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Asks the gateway again about payouts pending for longer than {@code age} (oldest first, 50 a run); their new statuses. */
    public Uni<List<String>> settlePending(Duration age) {
        return rls.asService(() -> Panache.getSession().chain(s -> s.createSelectionQuery(DUE, Object[].class)
                        .setParameter("before", Ledger.now().minus(age)).setMaxResults(50).getResultList()))
                .chain(rows -> {
                    List<String> outcomes = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        Withdrawals.Withdrawal due = new Withdrawals.Withdrawal((LedgerEntry) row[0], Withdrawals.destination((String) row[1]));
                        chain = chain.chain(() -> withdrawals.payOut(due, EventContext.system(null)).invoke(outcomes::add).replaceWithVoid());
                    }
                    return chain.replaceWith(outcomes);
                });
    }
}
