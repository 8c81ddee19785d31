package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.GatewayResult;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.PaymentMethod;
import com.samiatarot.wallet.persistence.PaymentMethods;
import com.samiatarot.wallet.persistence.Transactions;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Deposits through a gateway: a pending ledger row + a gateway intent; the signed webhook completes (credit) or
 * fails it. Withdrawals (money out) are {@link Withdrawals}.
 */
@ApplicationScoped
public class Payments {

    private final Ledger ledger;
    private final Transactions transactions;
    private final PaymentMethods methods;
    private final Gateways gateways;
    private final DomainEvents events;
    private final WalletConfig config;

    public Payments(Ledger ledger, Transactions transactions, PaymentMethods methods, Gateways gateways, DomainEvents events,
                    WalletConfig config) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.methods = methods;
        this.gateways = gateways;
        this.events = events;
        this.config = config;
    }

    /** What a deposit needs from the database before the gateway is called. */
    public record DepositPlan(PaymentMethod method, Wallet wallet, UUID transactionId) {
    }

    /**
     * Inside the caller's service transaction (queries name the owner explicitly): the caller's active payment method
     * and wallet, read without a lock; the wallet is opened only when it does not exist yet.
     */
    public Uni<DepositPlan> planDeposit(Caller caller, Money amount, UUID paymentMethodId, UUID transactionId, EventContext context) {
        requirePositive(amount);
        return methods.findActive(paymentMethodId, caller.id()).chain(method -> {
            if (method == null) {
                return Uni.createFrom().failure(DomainException.notFound("Payment method"));
            }
            gateways.get(method.provider);
            return ledger.findOrOpen(caller.id(), context).map(wallet -> {
                if (!wallet.currency.equals(amount.currency())) {
                    throw WalletErrors.currencyMismatch(wallet.currency, amount.currency());
                }
                return new DepositPlan(method, wallet, transactionId);
            });
        });
    }

    /** The gateway call, outside any database transaction; its idempotency key makes a retried request reuse the intent. */
    public Uni<GatewayResult> createIntent(DepositPlan plan, Money amount, String gatewayIdempotencyKey) {
        return gateways.get(plan.method().provider).createDeposit(plan.transactionId(), amount, plan.method().providerMethodId,
                gatewayIdempotencyKey);
    }

    /**
     * Inside the idempotent service transaction: the pending deposit row. No wallet lock: a pending row moves no
     * balance (the webhook that completes it locks the wallet), so one user's deposits do not queue on each other.
     */
    public Uni<LedgerEntry> recordDeposit(DepositPlan plan, Money amount, GatewayResult intent) {
        LedgerEntry entry = Ledger.entry(plan.wallet(), "deposit", LedgerEntry.CREDIT, amount.value());
        entry.id = plan.transactionId();
        entry.status = "pending";
        entry.completedAt = null;
        entry.gatewayProvider = plan.method().provider;
        entry.gatewayTransactionId = intent.id();
        entry.paymentMethodId = plan.method().id;
        entry.description = "Deposit";
        return ledger.record(entry);
    }

    /** Webhook: the gateway confirmed the deposit. Credits the wallet once; the gateway's fee is recorded. */
    public Uni<String> completeDeposit(String provider, String intentId, Long amountMinor, EventContext context) {
        return transactions.lockByGateway(provider, intentId, "deposit").chain(entry -> {
            if (entry == null) {
                return Uni.createFrom().item("unknown intent");
            }
            if (!"pending".equals(entry.status)) {
                return Uni.createFrom().item("already " + entry.status);
            }
            if (amountMinor != null && entry.amount.movePointRight(2).longValueExact() != amountMinor) {
                return fail(entry, "gateway amount does not match the deposit", context).replaceWith("amount mismatch");
            }
            return ledger.lock(entry.userId).chain(wallet -> {
                entry.status = "completed";
                entry.completedAt = Ledger.now();
                entry.gatewayFee = gatewayFee(entry.amount);
                wallet.balance = Money.scaled(wallet.balance.add(entry.amount));
                return Panache.getSession().chain(s -> s.flush())
                        .chain(() -> events.publish(WalletEvents.WALLET_CREDITED, wallet.id,
                                new WalletEvents.BalanceChanged(wallet.id, wallet.userId, entry.id, Money.of(entry.amount, entry.currency),
                                        Money.of(wallet.balance, wallet.currency), entry.type), context))
                        .chain(() -> events.publish(WalletEvents.TRANSACTION_COMPLETED, entry.id,
                                new WalletEvents.TransactionChanged(entry.id, entry.userId, entry.type,
                                        Money.of(entry.amount, entry.currency), entry.status), context))
                        .replaceWith("completed");
            });
        });
    }

    public Uni<String> failDeposit(String provider, String intentId, EventContext context) {
        return transactions.lockByGateway(provider, intentId, "deposit").chain(entry -> {
            if (entry == null) {
                return Uni.createFrom().item("unknown intent");
            }
            if (!"pending".equals(entry.status)) {
                return Uni.createFrom().item("already " + entry.status);
            }
            return fail(entry, "declined by the gateway", context).replaceWith("failed");
        });
    }

    private Uni<Void> fail(LedgerEntry entry, String why, EventContext context) {
        entry.status = "failed";
        entry.processorNotes = why;
        return Panache.getSession().chain(s -> s.flush())
                .chain(() -> events.publish(WalletEvents.TRANSACTION_FAILED, entry.id,
                        new WalletEvents.TransactionChanged(entry.id, entry.userId, entry.type, Money.of(entry.amount, entry.currency),
                                entry.status), context))
                .replaceWithVoid();
    }

    BigDecimal gatewayFee(BigDecimal amount) {
        return amount.multiply(config.gatewayFeePercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .add(config.gatewayFeeFixed()).min(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static void requirePositive(Money amount) {
        if (amount.value().signum() <= 0) {
            throw WalletErrors.nonPositive("amount.amount");
        }
    }
}
