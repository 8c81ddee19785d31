package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.RlsClaims;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.GatewayException;
import com.samiatarot.wallet.gateway.GatewayResult;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Readers cash out. Order of events, chosen so that money is never created and never lost:
 * <ol>
 * <li>One transaction, with the Idempotency-Key claim and its stored response: frozen, funds and limit checks on the
 *     locked wallet, the debit, a completed {@code withdrawal} row whose payout is {@code pending}, wallet.debited and
 *     withdrawal.requested in the outbox ({@link WithdrawalDebit}).</li>
 * <li>The payout through the gateway, outside any transaction, with an idempotency key derived from the withdrawal.</li>
 * <li>The gateway accepted: one statement records its payout id ({@code sent}; {@code paid} when it says so at once).
 *     The gateway refused (a definitive answer): a refund credit gives the money back in one transaction
 *     ({@code failed}). No answer (timeout, 5xx, no connection): the payout may have been made, so refunding would
 *     create money; it is asked again with the same key a bounded number of times, then the withdrawal stays debited
 *     with its payout {@code pending} until payout.paid / payout.failed or {@link PayoutRecovery} settles it.</li>
 * </ol>
 * Every settlement is a conditional change of the locked row's payout status, so it happens once whoever comes first.
 */
@ApplicationScoped
public class Withdrawals {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String PAID = "paid";
    public static final String FAILED = "failed";

    private static final Logger LOG = Logger.getLogger(Withdrawals.class);
    private static final int AMBIGUOUS_RETRIES = 2;
    // V7: the claims, the conditional update and the commit (which does not wait for the WAL flush) in one message
    private static final String RECORD_PAYOUT = "select wallet.record_payout($1, $2, $3, $4) as recorded";
    private static final String SERVICE_CLAIMS = RlsClaims.service().toJson();

    private final Ledger ledger;
    private final Transactions transactions;
    private final Gateways gateways;
    private final DomainEvents events;
    private final Rls rls;
    private final Pool pool;

    public Withdrawals(Ledger ledger, Transactions transactions, Gateways gateways, DomainEvents events, Rls rls, Pool pool) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.gateways = gateways;
        this.events = events;
        this.rls = rls;
        this.pool = pool;
    }

    /** A debited withdrawal and where its payout goes: all the payout needs, so it reads nothing again. */
    public record Withdrawal(LedgerEntry entry, String destination) {
    }

    /** The gateway's idempotency key of a withdrawal's payout: every attempt, from any path, is the same payout. */
    static String payoutKey(UUID withdrawalId) {
        return "payout-" + withdrawalId;
    }

    static String destination(String providerMethodId) {
        return providerMethodId == null ? "default" : providerMethodId;
    }

    /**
     * After the debit committed: pays it out and settles what the gateway's answer allows. Returns the payout status
     * the withdrawal is left in ({@code pending} when the gateway gave no definitive answer). Never fails.
     */
    public Uni<String> payOut(Withdrawal withdrawal, EventContext context) {
        LedgerEntry entry = withdrawal.entry();
        String provider = entry.gatewayProvider;
        return Uni.createFrom().deferred(() -> gateways.get(provider).payout(entry.id, Money.of(entry.amount, entry.currency),
                        withdrawal.destination(), payoutKey(entry.id)))
                .chain(result -> result.refused()
                        ? Uni.createFrom().<GatewayResult>failure(new GatewayException(provider, "refused the payout (" + result.status() + ")"))
                        : Uni.createFrom().item(result))
                // no answer is not a no: ask again with the same key (the gateway answers a repeat with the first outcome)
                .onFailure(e -> !definitive(e)).retry().withBackOff(Duration.ofMillis(200)).atMost(AMBIGUOUS_RETRIES)
                .chain(result -> recordPayout(entry.id, result))
                .onFailure(Withdrawals::definitive).recoverWithUni(e -> {
                    LOG.infof("withdrawal %s: %s refused the payout; refunding", entry.id, provider);
                    return rls.asService(() -> refund(entry.id, "the gateway refused the payout", Set.of(PENDING), context))
                            .replaceWith(FAILED);
                })
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf("withdrawal %s: no definitive answer from %s (%s); it stays debited with its payout pending",
                            entry.id, provider, e.getClass().getSimpleName());
                    return PENDING;
                });
    }

    private static boolean definitive(Throwable e) {
        return e instanceof GatewayException g && g.definitive();
    }

    /**
     * The gateway's payout id, unless a webhook settled the payout first: one statement in a transaction of its own,
     * one round trip. Its commit does not wait for the WAL flush: lost in a crash, the payout is pending again, as
     * after a crash just before this, and PayoutRecovery asks the gateway again with the same key.
     */
    private Uni<String> recordPayout(UUID withdrawalId, GatewayResult result) {
        String status = PAID.equals(result.status()) ? PAID : SENT;
        return pool.preparedQuery(RECORD_PAYOUT).execute(Tuple.of(SERVICE_CLAIMS, withdrawalId, result.id(), status))
                .map(rows -> rows.iterator().next().getBoolean("recorded") ? status : "settled meanwhile");
    }

    /**
     * Gives a withdrawal's money back, once: a refund credit linked to it, payout {@code failed}, in the caller's
     * transaction. Only from the payout states in {@code from}; returns whether it refunded.
     */
    Uni<Boolean> refund(UUID withdrawalId, String why, Set<String> from, EventContext context) {
        return transactions.lock(withdrawalId).chain(withdrawal -> {
            if (withdrawal == null || !"withdrawal".equals(withdrawal.type) || !"completed".equals(withdrawal.status)) {
                return Uni.createFrom().item(false);
            }
            // withdrawals from before payout tracking have no status: their refund, if any, is a linked row
            Uni<Boolean> refundedBefore = withdrawal.payoutStatus != null ? Uni.createFrom().item(false)
                    : transactions.related(withdrawalId).map(rows -> rows.stream().anyMatch(r -> "refund".equals(r.type)));
            String state = withdrawal.payoutStatus == null ? SENT : withdrawal.payoutStatus;
            return refundedBefore.chain(done -> done || !from.contains(state) ? Uni.createFrom().item(false)
                    : ledger.lock(withdrawal.userId).chain(wallet -> {
                        LedgerEntry refund = Ledger.entry(wallet, "refund", LedgerEntry.CREDIT, withdrawal.amount);
                        refund.relatedTransactionId = withdrawal.id;
                        refund.description = "Refund of failed withdrawal";
                        withdrawal.payoutStatus = FAILED;
                        withdrawal.processorNotes = why + "; refunded by " + refund.id;
                        return ledger.post(wallet, refund, context)
                                .chain(() -> events.publish(WalletEvents.TRANSACTION_REFUNDED, withdrawal.id,
                                        new WalletEvents.TransactionChanged(withdrawal.id, withdrawal.userId, withdrawal.type,
                                                Money.of(withdrawal.amount, withdrawal.currency), "refunded"), context))
                                .replaceWith(true);
                    }));
        });
    }

    /** Webhook payout.failed (at once, or days later when the bank returns it): the money goes back, once. */
    public Uni<String> failedAtGateway(String provider, String payoutId, UUID withdrawalId, EventContext context) {
        return find(provider, payoutId, withdrawalId).chain(withdrawal -> {
            if (withdrawal == null) {
                return Uni.createFrom().item("unknown payout");
            }
            if (withdrawal.gatewayTransactionId == null) {
                withdrawal.gatewayTransactionId = payoutId;
            }
            return refund(withdrawal.id, "the payout failed at the gateway", Set.of(PENDING, SENT, PAID), context)
                    .map(refunded -> refunded ? "refunded" : "already refunded");
        });
    }

    /** Webhook payout.paid: the money arrived; the withdrawal is settled and stays debited. */
    public Uni<String> paidAtGateway(String provider, String payoutId, UUID withdrawalId) {
        return find(provider, payoutId, withdrawalId).chain(withdrawal -> {
            if (withdrawal == null) {
                return Uni.createFrom().item("unknown payout");
            }
            if (PAID.equals(withdrawal.payoutStatus)) {
                return Uni.createFrom().item("already paid");
            }
            if (FAILED.equals(withdrawal.payoutStatus)) {
                // we gave the money back on the gateway's refusal, yet it says it paid: a person has to look at this one
                LOG.errorf("withdrawal %s: %s reports payout %s paid after it was refused and refunded", withdrawal.id, provider, payoutId);
                return Uni.createFrom().item("paid after refund: needs review");
            }
            withdrawal.payoutStatus = PAID;
            if (withdrawal.gatewayTransactionId == null) {
                withdrawal.gatewayTransactionId = payoutId;
            }
            return Panache.getSession().chain(s -> s.flush()).replaceWith(PAID);
        });
    }

    private Uni<LedgerEntry> find(String provider, String payoutId, UUID withdrawalId) {
        // our id travels as metadata[transaction_id]: it finds payouts whose gateway id we never learnt (no answer)
        return transactions.lockByGateway(provider, payoutId, "withdrawal").chain(found -> found != null || withdrawalId == null
                ? Uni.createFrom().item(found)
                : transactions.lock(withdrawalId).map(r -> r != null && "withdrawal".equals(r.type) && provider.equals(r.gatewayProvider)
                        ? r : null));
    }
}
