package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Proves, for every wallet, balance == sum of completed credits - completed debits, and marks completed
 * gateway-confirmed rows reconciled. Runs hourly and on demand for admins.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);
    private static final String CHECK = "select w.id, w.user_id, w.balance, coalesce(sum(case when t.balance_effect = 'credit' then t.amount"
            + " when t.balance_effect = 'debit' then -t.amount else 0 end) filter (where t.status = 'completed'), 0)"
            + " from wallet.user_wallets w left join wallet.transactions t on t.wallet_id = w.id group by w.id, w.user_id, w.balance";
    private static final String MARK = "update wallet.transactions set reconciled = true, reconciled_at = now()"
            + " where reconciled = false and status = 'completed' and gateway_transaction_id is not null";

    private final Rls rls;

    public Reconciliation(Rls rls) {
        this.rls = rls;
    }

    @RegisterForReflection
    public record Mismatch(UUID walletId, UUID userId, Money balance, Money ledger) {
    }

    @RegisterForReflection
    public record Report(int walletsChecked, List<Mismatch> mismatches, int transactionsReconciled, boolean balanced) {
    }

    public Uni<Report> run() {
        return rls.asService(() -> Panache.getSession().chain(s -> s.<Object[]>createNativeQuery(CHECK).getResultList()
                .chain(rows -> s.createNativeQuery(MARK).executeUpdate().map(marked -> {
                    List<Mismatch> mismatches = new ArrayList<>();
                    for (Object[] row : rows) {
                        BigDecimal balance = Ledger.decimal(row[2]);
                        BigDecimal ledger = Ledger.decimal(row[3]);
                        if (balance.compareTo(ledger) != 0) {
                            mismatches.add(new Mismatch((UUID) row[0], (UUID) row[1], Money.of(balance, "USD"), Money.of(ledger, "USD")));
                        }
                    }
                    return new Report(rows.size(), mismatches, marked, mismatches.isEmpty());
                }))));
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> hourly() {
        return run().invoke(report -> {
            if (!report.balanced()) {
                LOG.errorf("reconciliation: %d wallet(s) out of balance", report.mismatches().size());
            }
        }).onFailure().recoverWithNull().replaceWithVoid();
    }
}
