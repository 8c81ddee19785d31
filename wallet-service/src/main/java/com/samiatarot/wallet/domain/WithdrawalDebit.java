package com.samiatarot.wallet.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.api.Money;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.RlsClaims;
import com.samiatarot.wallet.events.OutboxRows;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.PipelinedTransaction;
import com.samiatarot.wallet.persistence.Wallet;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Step 1 of a withdrawal (see {@link Withdrawals}): the debit, with its Idempotency-Key, in one service transaction of
 * two round trips ({@link PipelinedTransaction}). The first sends, together: BEGIN and the claims, the wallet lock, and
 * one statement reading what must be seen as committed once the lock was granted (the key, the payment method, the
 * usage). The rules are checked in Java (same order and problems as {@link Ledger#checkDebit}); the second sends one
 * statement writing everything (balance, ledger row, wallet.debited and withdrawal.requested, the key with its stored
 * response) and the COMMIT.
 * <p>Idempotency as in {@link Idempotency#once}: one user's withdrawals queue on the wallet lock, so a duplicate reads
 * the first one's key once it committed, and replays it (422 for another body, 409 while in progress). A key claimed
 * meanwhile by a request that does not take the lock (a deposit) makes the insert fail on the unique index, after
 * that request committed: the whole debit rolls back and runs once more, then it finds that key.
 */
@ApplicationScoped
public class WithdrawalDebit {

    public static final int CREATED = 201;

    // concurrent debits of one wallet queue here; everything sent after it reads what committed before it was granted
    private static final String LOCK_WALLET = "select id, user_id, balance, currency, daily_limit, monthly_limit, is_frozen"
            + " from wallet.user_wallets where user_id = $1 for update";
    // after the lock, in one statement (one answer instead of three): the key, the payment method (the one asked for,
    // else the default) and the usage; exactly one row, null columns for what is missing
    private static final String READS = "select k.request_hash, k.response_status, k.response_body,"
            + " m.id as method_id, m.provider, m.provider_method_id, u.day_used, u.month_used, u.held"
            + " from (select 1) one"
            + " left join wallet.idempotency_keys k on k.user_id = $1 and k.key = $2"
            + " left join wallet.payment_methods m on m.user_id = $1 and m.deleted_at is null"
            + " and (m.id = $3 or ($3::uuid is null and m.is_default))"
            + " left join lateral (" + Ledger.usageOf("w.user_id = $1") + ") u (day_used, month_used, held) on true";
    // One statement, so that nothing of it can be written without the rest (PipelinedTransaction). The conditional
    // update is a last wall behind the checks: no row debited, nothing written, no row returned.
    private static final String WRITE = "with debited as ("
            + " update wallet.user_wallets set balance = balance - $2::numeric where id = $1::uuid and balance >= $2::numeric returning id"
            + "), entry as ("
            + " insert into wallet.transactions (id, user_id, wallet_id, transaction_type, amount, currency, status, balance_effect,"
            + " gateway_provider, gateway_fee, payment_method_id, description, created_at, completed_at, payout_status, reconciled)"
            + " select $3::uuid, $4::uuid, id, 'withdrawal', $2::numeric, $5::varchar, 'completed', 'debit', $6::varchar, 0.00,"
            + " $7::uuid, 'Withdrawal', $8::timestamptz, $8::timestamptz, 'pending', false from debited returning id"
            + "), events as ("
            + " insert into wallet.outbox (id, topic, aggregate_id, event_type, payload)"
            + " select e.id, e.topic, e.aggregate_id, e.event_type, cast(e.payload as jsonb) from (values"
            + " ($9::uuid, $10::varchar, $11::varchar, $12::varchar, $13::text),"
            + " ($14::uuid, $10::varchar, $15::varchar, $16::varchar, $17::text)) e (id, topic, aggregate_id, event_type, payload)"
            + " where exists (select 1 from entry)"
            + ")"
            + " insert into wallet.idempotency_keys (user_id, key, request_hash, response_status, response_body)"
            + " select $4::uuid, $18::varchar, $19::char(64), $20::int, $21::text from entry returning user_id";

    private final Pool pool;
    private final Ledger ledger;
    private final Gateways gateways;
    private final OutboxRows outbox;
    private final Idempotency idempotency;
    private final Rls rls;

    public WithdrawalDebit(Pool pool, Ledger ledger, Gateways gateways, OutboxRows outbox, Idempotency idempotency, Rls rls) {
        this.pool = pool;
        this.ledger = ledger;
        this.gateways = gateways;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.rls = rls;
    }

    /**
     * Debits the caller's wallet once per key: a completed {@code withdrawal} row whose payout is {@code pending}, with
     * the stored response {@code view} makes of it (201), or the replayed one. Checks the caller's rights itself.
     */
    public Uni<Idempotency.Outcome<Withdrawals.Withdrawal>> debit(Caller caller, String key, String fingerprint, Money amount,
                                                                 UUID paymentMethodId, Function<LedgerEntry, ?> view,
                                                                 EventContext context) {
        Payments.requirePositive(amount);
        Attempt attempt = new Attempt(caller.id(), key, fingerprint, amount, paymentMethodId, view, context);
        return attempt(attempt)
                // a key claimed meanwhile by a request that did not queue on the wallet: once more, now it is read
                .onFailure(Idempotency::lostClaim).recoverWithUni(() -> attempt(attempt))
                .chain(outcome -> outcome != null ? Uni.createFrom().item(outcome)
                        // no wallet yet: opened as a first access would open it, then the debit is decided on it
                        : rls.asService(() -> ledger.open(caller.id(), context)).chain(() -> attempt(attempt))
                        .map(again -> {
                            if (again == null) {
                                throw new IllegalStateException("wallet of " + caller.id() + " missing after it was opened");
                            }
                            return again;
                        }));
    }

    private record Attempt(UUID userId, String key, String fingerprint, Money amount, UUID paymentMethodId,
                           Function<LedgerEntry, ?> view, EventContext context) {
    }

    /** One transaction; null when the user has no wallet (nothing written). */
    private Uni<Idempotency.Outcome<Withdrawals.Withdrawal>> attempt(Attempt a) {
        return PipelinedTransaction.run(pool, RlsClaims.service(), tx -> {
            Future<RowSet<Row>> wallet = tx.send(LOCK_WALLET, Tuple.of(a.userId()));
            Future<RowSet<Row>> reads = tx.send(READS, Tuple.of(a.userId(), a.key(), a.paymentMethodId()));
            return tx.answers().chain(() -> {
                Row read = reads.result().iterator().next();
                if (read.getValue("request_hash") != null) {
                    return Uni.createFrom().item(Idempotency.replayOf(read.getValue("request_hash"),
                            read.getValue("response_status"), read.getValue("response_body"), a.fingerprint()));
                }
                Row method = read.getUUID("method_id") == null ? null : read;
                if (a.paymentMethodId() != null && method == null) {
                    throw DomainException.notFound("Payment method");
                }
                Row w = first(wallet.result());
                if (w == null) {
                    return Uni.createFrom().nullItem();
                }
                return write(tx, a, wallet(w), usage(read), method);
            });
        });
    }

    private Uni<Idempotency.Outcome<Withdrawals.Withdrawal>> write(PipelinedTransaction tx, Attempt a, Wallet wallet,
                                                                   Ledger.Usage usage, Row method) {
        Optional<Refusal> refusal = Ledger.refusal(wallet, a.amount(), usage, true);
        if (refusal.isPresent()) {
            return Uni.createFrom().failure(refusal.get().toProblem());
        }
        String provider = method == null ? "sandbox" : method.getString("provider");
        gateways.get(provider);
        LedgerEntry entry = Ledger.entry(wallet, "withdrawal", LedgerEntry.DEBIT, a.amount().value());
        entry.gatewayProvider = provider;
        entry.paymentMethodId = method == null ? null : method.getUUID("method_id");
        entry.payoutStatus = Withdrawals.PENDING;
        entry.description = "Withdrawal";
        BigDecimal balance = Money.scaled(wallet.balance.subtract(entry.amount));
        OutboxRows.Row debited = outbox.of(WalletEvents.WALLET_DEBITED, wallet.id, new WalletEvents.BalanceChanged(wallet.id,
                wallet.userId, entry.id, Money.of(entry.amount, entry.currency), Money.of(balance, wallet.currency), entry.type), a.context());
        OutboxRows.Row requested = outbox.of(WalletEvents.WITHDRAWAL_REQUESTED, entry.id,
                new WalletEvents.WithdrawalRequested(entry.id, a.userId(), a.amount()), a.context());
        String body = idempotency.json(a.view().apply(entry));
        Tuple arguments = Tuple.tuple()
                .addUUID(wallet.id).addBigDecimal(entry.amount).addUUID(entry.id).addUUID(entry.userId).addString(entry.currency)
                .addString(provider).addUUID(entry.paymentMethodId).addOffsetDateTime(entry.createdAt)
                .addUUID(debited.id()).addString(debited.topic()).addString(debited.aggregateId()).addString(debited.eventType())
                .addString(debited.payload())
                .addUUID(requested.id()).addString(requested.aggregateId()).addString(requested.eventType()).addString(requested.payload())
                .addString(a.key()).addString(a.fingerprint()).addInteger(CREATED).addString(body);
        String destination = Withdrawals.destination(method == null ? null : method.getString("provider_method_id"));
        return tx.commitWith(WRITE, arguments).map(rows -> {
            if (rows.rowCount() != 1) {
                throw WalletErrors.insufficientFunds(wallet.balance, wallet.currency);
            }
            return new Idempotency.Outcome<>(CREATED, body, false, new Withdrawals.Withdrawal(entry, destination));
        });
    }

    private static Row first(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? rows.iterator().next() : null;
    }

    private static Wallet wallet(Row row) {
        Wallet wallet = new Wallet();
        wallet.id = row.getUUID("id");
        wallet.userId = row.getUUID("user_id");
        wallet.balance = row.getBigDecimal("balance");
        wallet.currency = row.getString("currency");
        wallet.dailyLimit = row.getBigDecimal("daily_limit");
        wallet.monthlyLimit = row.getBigDecimal("monthly_limit");
        wallet.frozen = row.getBoolean("is_frozen");
        return wallet;
    }

    private static Ledger.Usage usage(Row row) {
        return new Ledger.Usage(Ledger.decimal(row.getBigDecimal("day_used")), Ledger.decimal(row.getBigDecimal("month_used")),
                Ledger.decimal(row.getBigDecimal("held")));
    }
}
