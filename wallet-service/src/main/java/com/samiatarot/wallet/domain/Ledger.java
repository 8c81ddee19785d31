package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The only code that changes a balance. Every method runs inside the caller's transaction (an
 * {@code Rls} call): the wallet row is locked with {@code select ... for update}, the rules are checked
 * against the locked row, then the balance, the ledger row and the outbox event are written together.
 * {@code balance >= 0} in the table is the last wall; the checks here refuse before it is hit.
 */
@ApplicationScoped
public class Ledger {

    private static final String OPEN = "insert into wallet.user_wallets (id, user_id) values (:id, :user) on conflict (user_id) do nothing";
    private static final String DAY = "(date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')";
    private static final String MONTH = "(date_trunc('month', now() at time zone 'UTC') at time zone 'UTC')";
    // the same instants as UTC dates, for wallet.debit_usage (V6)
    private static final String TODAY = "cast(now() at time zone 'UTC' as date)";
    private static final String FIRST_OF_MONTH = "cast(date_trunc('month', now() at time zone 'UTC') as date)";
    private static final String USAGE = usageOf("w.id = :w");

    private final DomainEvents events;

    public Ledger(DomainEvents events) {
        this.events = events;
    }

    /** Money already promised: held = active holds; used = today's / this month's debits plus holds (UTC). */
    public record Usage(BigDecimal dayUsed, BigDecimal monthUsed, BigDecimal held) {
    }

    /** Opens the user's wallet if it does not exist yet (idempotent); {@code wallet.created} only when it was opened now. */
    public Uni<Boolean> open(UUID userId, EventContext context) {
        UUID id = UUID.randomUUID();
        return Panache.getSession().chain(s -> s.createNativeQuery(OPEN).setParameter("id", id).setParameter("user", userId).executeUpdate())
                .chain(count -> count == 0 ? Uni.createFrom().item(false)
                        : events.publish(WalletEvents.WALLET_CREATED, id, new WalletEvents.WalletCreated(id, userId, "USD"), context)
                                .replaceWith(true));
    }

    /** The user's wallet, locked for the rest of the transaction; null when there is none. */
    public Uni<Wallet> lock(UUID userId) {
        // select ... for update (PESSIMISTIC_WRITE): concurrent debits of one wallet queue here
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Wallet where userId = :user", Wallet.class)
                .setParameter("user", userId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()).map(list -> list.isEmpty() ? null : list.get(0));
    }

    /**
     * The user's wallet without a lock, opened first only when missing: for work that reads it but moves no
     * balance (a pending deposit), so one user's concurrent deposits do not queue on the row.
     */
    public Uni<Wallet> findOrOpen(UUID userId, EventContext context) {
        return find(userId).chain(wallet -> wallet != null ? Uni.createFrom().item(wallet)
                : open(userId, context).chain(() -> find(userId)));
    }

    private Uni<Wallet> find(UUID userId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Wallet where userId = :user", Wallet.class)
                .setParameter("user", userId).getSingleResultOrNull());
    }

    /** Several wallets locked in id order, so two transactions touching the same pair never deadlock. */
    public Uni<List<Wallet>> lockAll(List<UUID> userIds) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Wallet where userId in :users order by id", Wallet.class)
                .setParameter("users", userIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    /**
     * Usage of the wallet {@code where} selects (alias {@code w}); {@code Usage} in column order. Debits come from
     * wallet.debit_usage (per UTC day, kept by triggers on the ledger): a day and at most a month of rows, however
     * many debits the wallet made. One aggregate per table (today is never before the first of its month): each
     * subquery costs its row-level security checks again, five of them cost more than the sums.
     */
    public static String usageOf(String where) {
        return "select coalesce(d.day_used, 0) + coalesce(h.day_held, 0), coalesce(d.month_used, 0) + coalesce(h.month_held, 0),"
                + " coalesce(h.held, 0)"
                + " from wallet.user_wallets w"
                + " cross join lateral (select sum(du.amount) filter (where du.day >= " + TODAY + ") as day_used,"
                + " sum(du.amount) as month_used"
                + " from wallet.debit_usage du where du.wallet_id = w.id and du.day >= " + FIRST_OF_MONTH + ") d"
                + " cross join lateral (select sum(wh.amount) filter (where wh.created_at >= " + DAY + ") as day_held,"
                + " sum(wh.amount) filter (where wh.created_at >= " + MONTH + ") as month_held, sum(wh.amount) as held"
                + " from wallet.wallet_holds wh where wh.wallet_id = w.id and wh.status = 'active') h"
                + " where " + where;
    }

    public Uni<Usage> usage(UUID walletId) {
        return Panache.getSession().chain(s -> s.<Object[]>createNativeQuery(USAGE).setParameter("w", walletId)
                .getSingleResult())
                .map(row -> new Usage(decimal(row[0]), decimal(row[1]), decimal(row[2])));
    }

    /** Why {@code amount} may not leave (or be held on) this locked wallet now, if it may not. */
    public Uni<Optional<Refusal>> checkDebit(Wallet wallet, Money amount, boolean countsAgainstLimits) {
        if (!wallet.currency.equals(amount.currency()) || wallet.frozen) {
            // refused whatever the usage: not worth a query
            return Uni.createFrom().item(refusal(wallet, amount, null, countsAgainstLimits));
        }
        return usage(wallet.id).map(usage -> refusal(wallet, amount, usage, countsAgainstLimits));
    }

    /**
     * The rules of {@link #checkDebit}, in their order, against a usage read after the wallet was locked; {@code usage}
     * may be null only when the currency or the frozen flag refuses already.
     */
    public static Optional<Refusal> refusal(Wallet wallet, Money amount, Usage usage, boolean countsAgainstLimits) {
        if (!wallet.currency.equals(amount.currency())) {
            return Optional.of(new Refusal(Refusal.Kind.CURRENCY, null, wallet.currency, amount.currency()));
        }
        if (wallet.frozen) {
            return Optional.of(new Refusal(Refusal.Kind.FROZEN, null, wallet.currency, null));
        }
        BigDecimal value = amount.value();
        BigDecimal available = wallet.balance.subtract(usage.held());
        if (available.compareTo(value) < 0) {
            return Optional.of(new Refusal(Refusal.Kind.INSUFFICIENT, available.max(BigDecimal.ZERO), wallet.currency, null));
        }
        if (countsAgainstLimits && wallet.dailyLimit != null && usage.dayUsed().add(value).compareTo(wallet.dailyLimit) > 0) {
            return Optional.of(new Refusal(Refusal.Kind.DAILY_LIMIT,
                    wallet.dailyLimit.subtract(usage.dayUsed()).max(BigDecimal.ZERO), wallet.currency, null));
        }
        if (countsAgainstLimits && wallet.monthlyLimit != null && usage.monthUsed().add(value).compareTo(wallet.monthlyLimit) > 0) {
            return Optional.of(new Refusal(Refusal.Kind.MONTHLY_LIMIT,
                    wallet.monthlyLimit.subtract(usage.monthUsed()).max(BigDecimal.ZERO), wallet.currency, null));
        }
        return Optional.empty();
    }

    /** A completed ledger row template for this wallet; the caller fills the relations before posting. */
    public static LedgerEntry entry(Wallet wallet, String type, String effect, BigDecimal amount) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.userId = wallet.userId;
        entry.walletId = wallet.id;
        entry.type = type;
        entry.balanceEffect = effect;
        entry.amount = Money.scaled(amount);
        entry.currency = wallet.currency;
        entry.status = "completed";
        entry.createdAt = now();
        entry.completedAt = entry.createdAt;
        return entry;
    }

    /**
     * Applies a completed entry to its locked wallet: moves the balance, stores the row, writes
     * wallet.credited / wallet.debited. Checks (funds, limits, frozen) are the caller's business before this.
     */
    public Uni<LedgerEntry> post(Wallet wallet, LedgerEntry entry, EventContext context) {
        if (LedgerEntry.DEBIT.equals(entry.balanceEffect)) {
            if (wallet.balance.compareTo(entry.amount) < 0) {
                return Uni.createFrom().failure(WalletErrors.insufficientFunds(wallet.balance, wallet.currency));
            }
            wallet.balance = Money.scaled(wallet.balance.subtract(entry.amount));
        } else if (LedgerEntry.CREDIT.equals(entry.balanceEffect)) {
            wallet.balance = Money.scaled(wallet.balance.add(entry.amount));
        }
        return Panache.getSession().chain(s -> s.persist(entry).chain(ignored -> s.flush()))
                .chain(() -> LedgerEntry.NONE.equals(entry.balanceEffect) ? Uni.createFrom().voidItem()
                        : events.publish(LedgerEntry.CREDIT.equals(entry.balanceEffect) ? WalletEvents.WALLET_CREDITED : WalletEvents.WALLET_DEBITED,
                                wallet.id, new WalletEvents.BalanceChanged(wallet.id, wallet.userId, entry.id,
                                        Money.of(entry.amount, entry.currency), Money.of(wallet.balance, wallet.currency), entry.type),
                                context).replaceWithVoid())
                .replaceWith(entry);
    }

    /** Stores a row that does not move a balance yet (a pending deposit). */
    public Uni<LedgerEntry> record(LedgerEntry entry) {
        return Panache.getSession().chain(s -> s.persist(entry).chain(ignored -> s.flush())).replaceWith(entry);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : Money.scaled(new BigDecimal(value.toString()));
    }
}
