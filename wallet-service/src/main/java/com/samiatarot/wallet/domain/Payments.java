package com.samiatarot.wallet.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.GatewayResult;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.gateway.PaymentGateway;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.PaymentMethod;
import com.samiatarot.wallet.persistence.PaymentMethods;
import com.samiatarot.wallet.persistence.Transactions;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Money in and out through a gateway. Deposits: a pending ledger row + a gateway intent; the signed webhook
 * completes (credit) or fails it. Withdrawals: debit now, payout after commit; a failed payout is refunded.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class);

    private final Ledger ledger;
    private final Transactions transactions;
    private final PaymentMethods methods;
    private final Gateways gateways;
    private final DomainEvents events;
    private final Rls rls;
    private final WalletConfig config;

    public Payments(Ledger ledger, Transactions transactions, PaymentMethods methods, Gateways gateways, DomainEvents events,
                    Rls rls, WalletConfig config) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.methods = methods;
        this.gateways = gateways;
        this.events = events;
        this.rls = rls;
        this.config = config;
    }

    /** What a deposit needs from the database before the gateway is called (read as the caller). */
    public record DepositPlan(PaymentMethod method, UUID transactionId) {
    }

    public Uni<DepositPlan> planDeposit(Caller caller, Money amount, UUID paymentMethodId, EventContext context) {
        requirePositive(amount);
        return rls.asCaller(caller, () -> methods.findActive(paymentMethodId, caller.id()).chain(method -> {
            if (method == null) {
                return Uni.createFrom().failure(DomainException.notFound("Payment method"));
            }
            gateways.get(method.provider);
            return ledger.open(caller.id(), context)
                    .chain(() -> Panache.getSession().chain(s -> s.createSelectionQuery("from Wallet where userId = :u", Wallet.class)
                            .setParameter("u", caller.id()).getSingleResult()))
                    .map(wallet -> {
                        if (!wallet.currency.equals(amount.currency())) {
                            throw WalletErrors.currencyMismatch(wallet.currency, amount.currency());
                        }
                        return new DepositPlan(method, UUID.randomUUID());
                    });
        }));
    }

    /** The gateway call, outside any database transaction; its idempotency key makes a retried request reuse the intent. */
    public Uni<GatewayResult> createIntent(DepositPlan plan, Money amount, String gatewayIdempotencyKey) {
        return gateways.get(plan.method().provider).createDeposit(plan.transactionId(), amount, plan.method().providerMethodId,
                gatewayIdempotencyKey);
    }

    /** Inside the idempotent service transaction: the pending deposit row. */
    public Uni<LedgerEntry> recordDeposit(Caller caller, DepositPlan plan, Money amount, GatewayResult intent) {
        return ledger.lock(caller.id()).chain(wallet -> {
            LedgerEntry entry = Ledger.entry(wallet, "deposit", LedgerEntry.CREDIT, amount.value());
            entry.id = plan.transactionId();
            entry.status = "pending";
            entry.completedAt = null;
            entry.gatewayProvider = plan.method().provider;
            entry.gatewayTransactionId = intent.id();
            entry.paymentMethodId = plan.method().id;
            entry.description = "Deposit";
            return ledger.record(entry);
        });
    }

    /** Inside the idempotent service transaction: checks and debits the caller's wallet for a withdrawal. */
    public Uni<LedgerEntry> debitWithdrawal(Caller caller, Money amount, UUID paymentMethodId, EventContext context) {
        requirePositive(amount);
        Uni<PaymentMethod> method = paymentMethodId == null ? methods.findDefault(caller.id())
                : methods.findActive(paymentMethodId, caller.id()).map(m -> {
                    if (m == null) {
                        throw DomainException.notFound("Payment method");
                    }
                    return m;
                });
        return method.chain(m -> ledger.lockOrOpen(caller.id(), context).chain(wallet ->
                ledger.checkDebit(wallet, amount, true).chain(refusal -> {
                    if (refusal.isPresent()) {
                        return Uni.createFrom().failure(refusal.get().toProblem());
                    }
                    String provider = m == null ? "sandbox" : m.provider;
                    gateways.get(provider);
                    LedgerEntry entry = Ledger.entry(wallet, "withdrawal", LedgerEntry.DEBIT, amount.value());
                    entry.gatewayProvider = provider;
                    entry.paymentMethodId = m == null ? null : m.id;
                    entry.description = "Withdrawal";
                    return ledger.post(wallet, entry, context)
                            .call(posted -> events.publish(WalletEvents.WITHDRAWAL_REQUESTED, posted.id,
                                    new WalletEvents.WithdrawalRequested(posted.id, caller.id(), amount), context));
                })));
    }

    /** After the withdrawal committed: pay it out; refund it automatically when the gateway refuses. */
    public Uni<Void> payOut(UUID withdrawalId, String idempotencyKey, EventContext context) {
        return rls.asService(() -> transactions.find(withdrawalId).chain(entry -> entry == null ? Uni.createFrom().nullItem()
                        : (entry.paymentMethodId == null ? Uni.createFrom().<PaymentMethod>nullItem()
                                : Panache.getSession().chain(s -> s.find(PaymentMethod.class, entry.paymentMethodId)))
                        .map(pm -> new Object[] {entry, pm})))
                .chain(pair -> {
                    if (pair == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LedgerEntry entry = (LedgerEntry) pair[0];
                    PaymentMethod pm = (PaymentMethod) pair[1];
                    PaymentGateway gateway = gateways.get(entry.gatewayProvider);
                    String destination = pm == null ? "default" : pm.providerMethodId;
                    return gateway.payout(entry.id, Money.of(entry.amount, entry.currency), destination, "payout-" + idempotencyKey)
                            .chain(result -> rls.asService(() -> transactions.lock(entry.id).chain(locked -> {
                                locked.gatewayTransactionId = result.id();
                                return Panache.getSession().chain(s -> s.flush());
                            })))
                            .onFailure().recoverWithUni(e -> {
                                LOG.infof("payout of withdrawal %s failed (%s): refunding", entry.id, e.getClass().getSimpleName());
                                return rls.asService(() -> refundWithdrawal(entry.id, "payout failed", context));
                            });
                });
    }

    /** Puts a failed withdrawal's money back (once): a refund credit referencing the withdrawal. */
    public Uni<Void> refundWithdrawal(UUID withdrawalId, String why, EventContext context) {
        return transactions.lock(withdrawalId).chain(withdrawal -> {
            if (withdrawal == null || !"withdrawal".equals(withdrawal.type) || !"completed".equals(withdrawal.status)) {
                return Uni.createFrom().voidItem();
            }
            return transactions.related(withdrawalId).chain(related -> {
                if (related.stream().anyMatch(r -> "refund".equals(r.type))) {
                    return Uni.createFrom().voidItem();
                }
                return ledger.lock(withdrawal.userId).chain(wallet -> {
                    LedgerEntry refund = Ledger.entry(wallet, "refund", LedgerEntry.CREDIT, withdrawal.amount);
                    refund.relatedTransactionId = withdrawal.id;
                    refund.description = "Refund of failed withdrawal";
                    withdrawal.processorNotes = why + "; refunded by " + refund.id;
                    return ledger.post(wallet, refund, context)
                            .chain(() -> events.publish(WalletEvents.TRANSACTION_REFUNDED, withdrawal.id,
                                    new WalletEvents.TransactionChanged(withdrawal.id, withdrawal.userId, withdrawal.type,
                                            Money.of(withdrawal.amount, withdrawal.currency), "refunded"), context))
                            .replaceWithVoid();
                });
            });
        });
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

    /** Webhook: a payout we believed sent was failed by the gateway later. */
    public Uni<String> failPayout(String provider, String payoutId, EventContext context) {
        return transactions.lockByGateway(provider, payoutId, "withdrawal").chain(entry -> entry == null
                ? Uni.createFrom().item("unknown payout")
                : refundWithdrawal(entry.id, "payout failed at the gateway", context).replaceWith("refunded"));
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
