package com.samiatarot.wallet.domain;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.wallet.api.TransactionView;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.persistence.LedgerEntry;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Settles deposit refunds to the card that never got a definitive answer from the gateway (timeouts, 5xx, or the
 * service stopped between the debit and the call): still debited, no gateway id, the admin's key "in progress".
 * Each is asked again with its own gateway idempotency key, so the gateway answers with the refund it may already
 * have made instead of refunding twice; the answer is applied as in the request ({@link DepositRefunds#recover}).
 * Only refunds older than the configured age, so a request still retrying is left alone.
 */
@ApplicationScoped
public class RefundRecovery {

    private static final String DUE = "select t, d.gatewayTransactionId from LedgerEntry t join LedgerEntry d on d.id = t.relatedTransactionId"
            + " where t.type = 'refund' and t.balanceEffect = 'debit' and t.status = 'completed' and t.gatewayTransactionId is null"
            + " and t.gatewayProvider is not null and d.type = 'deposit' and t.createdAt < :before order by t.createdAt";

    private final DepositRefunds depositRefunds;
    private final GatewayRecovery recovery;
    private final WalletConfig config;

    public RefundRecovery(DepositRefunds depositRefunds, GatewayRecovery recovery, WalletConfig config) {
        this.depositRefunds = depositRefunds;
        this.recovery = recovery;
        this.config = config;
    }

    @Scheduled(every = "${samia.wallet.refund-recovery-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scheduled() {
        return recovery.logged("refund recovery", settleUnanswered(config.refundRecoveryAge()));
    }

    /** Asks the gateway again about refunds unanswered for longer than {@code age} (oldest first, 50 a run); what became of each. */
    public Uni<List<String>> settleUnanswered(Duration age) {
        return recovery.settleDue(DUE, age, row -> depositRefunds.recover(
                new DepositRefunds.Started((LedgerEntry) row[0], (String) row[1]), TransactionView::of));
    }
}
