package com.samiatarot.wallet.domain;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.persistence.LedgerEntry;

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

    private static final String DUE = "select t, pm.providerMethodId from LedgerEntry t left join PaymentMethod pm on pm.id = t.paymentMethodId"
            + " where t.payoutStatus = 'pending' and t.createdAt < :before order by t.createdAt";

    private final Withdrawals withdrawals;
    private final GatewayRecovery recovery;
    private final WalletConfig config;

    public PayoutRecovery(Withdrawals withdrawals, GatewayRecovery recovery, WalletConfig config) {
        this.withdrawals = withdrawals;
        this.recovery = recovery;
        this.config = config;
    }

    @Scheduled(every = "${samia.wallet.payout-recovery-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scheduled() {
        return recovery.logged("payout recovery", settlePending(config.payoutRecoveryAge()));
    }

    /** Asks the gateway again about payouts pending for longer than {@code age} (oldest first, 50 a run); their new statuses. */
    public Uni<List<String>> settlePending(Duration age) {
        return recovery.settleDue(DUE, age, row -> withdrawals.payOut(
                new Withdrawals.Withdrawal((LedgerEntry) row[0], Withdrawals.destination((String) row[1])), EventContext.system(null)));
    }
}
