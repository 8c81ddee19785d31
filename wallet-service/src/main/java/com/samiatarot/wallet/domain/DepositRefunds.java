package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.GatewayException;
import com.samiatarot.wallet.gateway.GatewayResult;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Transactions;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Admin refunds of completed deposits back to the card, through the gateway that charged it. Partial refunds
 * allowed, never more than the deposit in total, never below a zero balance.
 *
 * <p>Order of events, chosen so that money is never created and never lost:
 * <ol>
 * <li>One transaction (with the Idempotency-Key claim, left "in progress"): checks, then the wallet is debited and a
 *     completed {@code refund} row linked to the deposit is written. The money is out of the client's reach before
 *     the gateway is asked, so a concurrent payment cannot spend it in the meantime.</li>
 * <li>The gateway refund, outside any transaction, with an idempotency key derived from the refund row.</li>
 * <li>Gateway said yes: its refund id is recorded, {@code transaction.refunded} is written, the key completes (201).
 *     Gateway said no (definitive): one transaction marks the refund row {@code failed} and gives the amount back,
 *     the key is released (a retry runs anew) and the admin gets 502. Balance == sum of completed ledger rows holds
 *     at every commit. Gateway did not answer (timeout, 5xx): retried with the same key; if it still does not answer,
 *     the debit stays (the card may have been refunded) and the row keeps no gateway id (the key stays "in progress")
 *     until {@link RefundRecovery} asks again with the same key or a refund.failed webhook settles it.</li>
 * </ol>
 * Every settlement is a conditional change of the refund row (locked, or by a guarded update), so it happens once
 * whoever comes first: the request, the recovery job on any replica, or a webhook.
 */
@ApplicationScoped
public class DepositRefunds {

    private static final Logger LOG = Logger.getLogger(DepositRefunds.class);
    private static final int AMBIGUOUS_RETRIES = 2;
    private static final String RECORD_REFUND = "update wallet.transactions set gateway_transaction_id = :g"
            + " where id = :id and status = 'completed' and gateway_transaction_id is null";

    private final Transactions transactions;
    private final Ledger ledger;
    private final Gateways gateways;
    private final Idempotency idempotency;
    private final DomainEvents events;
    private final Rls rls;

    public DepositRefunds(Transactions transactions, Ledger ledger, Gateways gateways, Idempotency idempotency, DomainEvents events,
                          Rls rls) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.gateways = gateways;
        this.idempotency = idempotency;
        this.events = events;
        this.rls = rls;
    }

    /** The debited refund row and the gateway payment it refunds. */
    public record Started(LedgerEntry refund, String paymentIntentId) {
    }

    /** The gateway's idempotency key of a refund: every attempt, from any path, is the same refund. */
    static String gatewayKey(UUID refundId) {
        return "refund-" + refundId;
    }

    /** {@code view} turns the refund row into the stored (and replayed) response body. */
    public Uni<Idempotency.Outcome<Object>> refund(Caller admin, String key, String fingerprint, UUID depositId, Money requested,
                                                   String reason, EventContext context, Function<LedgerEntry, Object> view) {
        return idempotency.<Started>begin(admin.id(), key, fingerprint, () -> debit(admin, key, depositId, requested, reason, context))
                .chain(started -> started.replayed()
                        ? Uni.createFrom().item(new Idempotency.Outcome<Object>(started.status(), started.body(), true, null))
                        : settle(admin.id(), key, started.result(), context, view));
    }

    private Uni<Started> debit(Caller admin, String key, UUID depositId, Money requested, String reason, EventContext context) {
        // the deposit row is locked first: two refunds of one deposit queue here and see each other's rows
        return transactions.lock(depositId).chain(original -> {
            if (original == null) {
                return Uni.createFrom().failure(DomainException.notFound("Transaction"));
            }
            if (!"deposit".equals(original.type) || !"completed".equals(original.status)) {
                return Uni.createFrom().failure(DomainException.unprocessable("Only completed deposits can be refunded to the card."));
            }
            if (original.gatewayProvider == null || original.gatewayTransactionId == null || !gateways.supports(original.gatewayProvider)) {
                return Uni.createFrom().failure(DomainException.unprocessable("This deposit has no gateway payment to refund."));
            }
            if (requested != null && !requested.currency().equals(original.currency)) {
                return Uni.createFrom().failure(WalletErrors.currencyMismatch(original.currency, requested.currency()));
            }
            return transactions.related(original.id).chain(related -> {
                BigDecimal refundedSoFar = related.stream()
                        .filter(r -> "refund".equals(r.type) && LedgerEntry.DEBIT.equals(r.balanceEffect) && "completed".equals(r.status))
                        .map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal remaining = original.amount.subtract(refundedSoFar);
                if (remaining.signum() <= 0) {
                    return Uni.createFrom().failure(DomainException.conflict("This deposit has already been refunded in full."));
                }
                BigDecimal amount = requested == null ? remaining : requested.value();
                if (amount.signum() <= 0) {
                    return Uni.createFrom().failure(WalletErrors.nonPositive("amount.amount"));
                }
                if (amount.compareTo(remaining) > 0) {
                    return Uni.createFrom().failure(DomainException.unprocessable("The refund exceeds what is left of the deposit ("
                            + Money.scaled(remaining).toPlainString() + " " + original.currency + ").")
                            .with("refundable", Money.of(remaining, original.currency)));
                }
                return ledger.lock(original.userId).chain(wallet -> ledger.checkDebit(wallet, Money.of(amount, original.currency), false)
                        .chain(refusal -> {
                            if (refusal.isPresent()) {
                                return Uni.createFrom().failure(refusal.get().toProblem());
                            }
                            LedgerEntry refund = Ledger.entry(wallet, "refund", LedgerEntry.DEBIT, amount);
                            refund.relatedTransactionId = original.id;
                            refund.gatewayProvider = original.gatewayProvider;
                            refund.paymentMethodId = original.paymentMethodId;
                            refund.processedBy = admin.id();
                            refund.processorNotes = reason;
                            refund.idempotencyKey = key;
                            refund.description = "Refund of deposit to the card";
                            return ledger.post(wallet, refund, context).map(posted -> new Started(posted, original.gatewayTransactionId));
                        }));
            });
        });
    }

    private Uni<Idempotency.Outcome<Object>> settle(UUID adminId, String key, Started started, EventContext context,
                                                     Function<LedgerEntry, Object> view) {
        LedgerEntry refund = started.refund();
        String provider = refund.gatewayProvider;
        return ask(started)
                .onFailure(DepositRefunds::definitive)
                .call(e -> rls.asService(() -> undo(refund.id, "the gateway refused the refund", adminId, key, context)))
                .onFailure(e -> !definitive(e))
                .transform(e -> {
                    LOG.errorf("refund %s: no definitive answer from %s (%s); the wallet stays debited", refund.id, provider,
                            e.getClass().getSimpleName());
                    return new GatewayException(provider, "did not answer; the refund " + refund.id
                            + " may have been made, so the wallet stays debited until the gateway settles it", false);
                })
                .chain(result -> rls.asService(() -> confirm(refund.id, result, context, view)))
                .chain(confirmed -> confirmed != null
                        ? Uni.createFrom().item(confirmed)
                        // a refund.failed webhook settled it between the gateway's yes and now: the money is back
                        : Uni.createFrom().failure(new GatewayException(provider, "reported the refund " + refund.id + " failed")));
    }

    /**
     * The gateway refund with the refund's own key; a refusal (an error or a terminal status) fails with a definitive
     * {@link GatewayException}. No answer is not a no: asked again with the same key (a repeat gets the first outcome).
     */
    private Uni<GatewayResult> ask(Started started) {
        LedgerEntry refund = started.refund();
        String provider = refund.gatewayProvider;
        return Uni.createFrom().deferred(() -> gateways.get(provider).refund(refund.id, started.paymentIntentId(),
                        Money.of(refund.amount, refund.currency), gatewayKey(refund.id)))
                .chain(result -> result.refused()
                        ? Uni.createFrom().<GatewayResult>failure(new GatewayException(provider, "refused the refund (" + result.status() + ")"))
                        : Uni.createFrom().item(result))
                .onFailure(e -> !definitive(e)).retry().withBackOff(Duration.ofMillis(200)).atMost(AMBIGUOUS_RETRIES);
    }

    private static boolean definitive(Throwable e) {
        return e instanceof GatewayException g && g.definitive();
    }

    /**
     * The gateway refunded: one guarded statement records its id, and only the path that recorded it announces the
     * refund and completes the admin's key (with the 201 the request would have had). Null when the refund was
     * settled meanwhile (confirmed by another path, or failed by a webhook).
     */
    private Uni<Idempotency.Outcome<Object>> confirm(UUID refundId, GatewayResult result, EventContext context,
                                                     Function<LedgerEntry, Object> view) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(RECORD_REFUND).setParameter("g", result.id()).setParameter("id", refundId).executeUpdate())
                .chain(updated -> updated == 0 ? Uni.createFrom().<Idempotency.Outcome<Object>>nullItem()
                        : transactions.find(refundId)
                        // the session may hold the row from before the statement: it carries the recorded id either way
                        .invoke(refund -> refund.gatewayTransactionId = result.id())
                        .chain(refund -> transactions.find(refund.relatedTransactionId)
                                .chain(original -> events.publish(WalletEvents.TRANSACTION_REFUNDED, original.id,
                                        new WalletEvents.TransactionChanged(original.id, original.userId, original.type,
                                                Money.of(refund.amount, refund.currency), "refunded"), context))
                                .chain(() -> refund.idempotencyKey == null
                                        ? Uni.createFrom().item(new Idempotency.Outcome<Object>(201, null, false, view.apply(refund)))
                                        : idempotency.complete(refund.processedBy, refund.idempotencyKey, 201, view.apply(refund)))));
    }

    /**
     * The recovery job: asks the gateway again about a refund that never got a definitive answer, with the same key,
     * and settles it as the request would have. Returns what happened: refunded, failed, no answer, or settled meanwhile.
     * Never fails.
     */
    public Uni<String> recover(Started started, Function<LedgerEntry, Object> view) {
        LedgerEntry refund = started.refund();
        EventContext context = EventContext.system(null);
        return ask(started)
                .chain(result -> rls.asService(() -> confirm(refund.id, result, context, view)))
                .map(confirmed -> confirmed != null ? "refunded" : "settled meanwhile")
                .onFailure(DepositRefunds::definitive).recoverWithUni(e -> rls.asService(() -> undo(refund.id,
                                "the gateway refused the refund", refund.processedBy, refund.idempotencyKey, context))
                        .map(undone -> undone ? "failed" : "settled meanwhile"))
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("refund %s: still no definitive answer from %s (%s)", refund.id, refund.gatewayProvider,
                            e.getClass().getSimpleName());
                    return "no answer";
                });
    }

    /**
     * The gateway said no (now, or later by webhook): the refund row becomes {@code failed} and its amount goes back to
     * the wallet in the same transaction. Once only; a refund the gateway already confirmed is never undone here.
     * {@code key} (nullable) is released when it undoes, so the admin's retry runs anew.
     */
    public Uni<Boolean> undo(UUID refundId, String why, UUID adminId, String key, EventContext context) {
        return transactions.lock(refundId).chain(refund -> {
            Uni<Void> release = key == null ? Uni.createFrom().voidItem() : idempotency.forget(adminId, key);
            if (refund == null || !"refund".equals(refund.type) || !LedgerEntry.DEBIT.equals(refund.balanceEffect)
                    || !"completed".equals(refund.status) || refund.gatewayTransactionId != null) {
                // settled already (a webhook released the key then): releasing now could drop a newer claim of the key
                return Uni.createFrom().item(false);
            }
            return ledger.lock(refund.userId).chain(wallet -> restore(wallet, refund, why, context)).call(() -> release).replaceWith(true);
        });
    }

    /** Webhook: a refund the gateway had accepted failed later (Stripe's {@code refund.failed}). */
    public Uni<String> failedAtGateway(String provider, String gatewayRefundId, UUID refundId, EventContext context) {
        // our row id travels as metadata[transaction_id]: it finds refunds whose gateway id we never learnt (no answer)
        Uni<LedgerEntry> byId = refundId == null ? Uni.createFrom().nullItem() : transactions.lock(refundId)
                .map(r -> r != null && "refund".equals(r.type) && provider.equals(r.gatewayProvider) ? r : null);
        return transactions.lockByGateway(provider, gatewayRefundId, "refund")
                .chain(refund -> refund != null ? Uni.createFrom().item(refund) : byId)
                .chain(refund -> refund == null ? Uni.createFrom().item("unknown refund") : failLater(refund, context));
    }

    private Uni<String> failLater(LedgerEntry refund, EventContext context) {
        if (!"completed".equals(refund.status)) {
            return Uni.createFrom().item("already " + refund.status);
        }
        // the admin's key, still "in progress" when the gateway never answered, is released: a retry runs anew
        Uni<Void> release = refund.idempotencyKey == null ? Uni.createFrom().voidItem()
                : idempotency.forget(refund.processedBy, refund.idempotencyKey);
        return ledger.lock(refund.userId).chain(wallet -> restore(wallet, refund, "the refund failed at the gateway", context))
                .call(() -> release).replaceWith("refund failed");
    }

    private Uni<Void> restore(Wallet wallet, LedgerEntry refund, String why, EventContext context) {
        refund.status = "failed";
        refund.processorNotes = (refund.processorNotes == null ? "" : refund.processorNotes + "; ") + why + ": balance restored";
        wallet.balance = Money.scaled(wallet.balance.add(refund.amount));
        return Panache.getSession().chain(s -> s.flush())
                .chain(() -> events.publish(WalletEvents.WALLET_CREDITED, wallet.id,
                        new WalletEvents.BalanceChanged(wallet.id, wallet.userId, refund.id, Money.of(refund.amount, refund.currency),
                                Money.of(wallet.balance, wallet.currency), refund.type), context))
                .replaceWithVoid();
    }
}
