package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.wallet.config.WalletConfig;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.persistence.Hold;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The wallet side of the reading payment saga: hold on request, capture on completion (client debit,
 * reader credit minus the platform fee, fee row), release on cancellation or expiry. Every method runs
 * inside the consumer's service transaction; a hold changes state only from {@code active}, so a
 * replayed event can never move money twice.
 */
@ApplicationScoped
public class ReadingPayments {

    private static final Logger LOG = Logger.getLogger(ReadingPayments.class);

    private final Ledger ledger;
    private final DomainEvents events;
    private final WalletConfig config;

    public ReadingPayments(Ledger ledger, DomainEvents events, WalletConfig config) {
        this.ledger = ledger;
        this.events = events;
        this.config = config;
    }

    public record ReadingRequest(UUID readingId, UUID clientId, UUID readerId, Money price) {
    }

    public Uni<Void> placeHold(ReadingRequest request, EventContext context) {
        return lockHold(request.readingId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return ledger.lock(request.clientId()).chain(wallet -> {
                if (wallet == null) {
                    return failed(request, "no_wallet", context);
                }
                return ledger.checkDebit(wallet, request.price(), true).chain(refusal -> {
                    if (refusal.isPresent()) {
                        return failed(request, refusal.get().holdReason(), context);
                    }
                    Hold hold = new Hold();
                    hold.id = UUID.randomUUID();
                    hold.walletId = wallet.id;
                    hold.userId = wallet.userId;
                    hold.readerId = request.readerId();
                    hold.readingId = request.readingId();
                    hold.amount = request.price().value();
                    hold.currency = wallet.currency;
                    hold.status = Hold.ACTIVE;
                    hold.createdAt = Ledger.now();
                    hold.expiresAt = hold.createdAt.plus(config.holdTtl());
                    return Panache.getSession().chain(s -> s.persist(hold).chain(ignored -> s.flush()))
                            .chain(() -> events.publish(WalletEvents.HOLD_PLACED, request.readingId(),
                                    new WalletEvents.HoldPlaced(hold.id, wallet.id, wallet.userId, request.readingId(),
                                            Money.of(hold.amount, hold.currency)), context))
                            .replaceWithVoid();
                });
            });
        });
    }

    private Uni<Void> failed(ReadingRequest request, String reason, EventContext context) {
        return events.publish(WalletEvents.HOLD_FAILED, request.readingId(),
                new WalletEvents.HoldFailed(request.clientId(), request.readingId(), request.price(), reason), context).replaceWithVoid();
    }

    public Uni<Void> markStarted(UUID readingId) {
        return lockHold(readingId).chain(hold -> {
            if (hold == null || !Hold.ACTIVE.equals(hold.status) || hold.startedAt != null) {
                return Uni.createFrom().voidItem();
            }
            hold.startedAt = Ledger.now();
            return Panache.getSession().chain(s -> s.flush());
        });
    }

    /** reading.completed: the held price moves from client to reader, the platform keeps its fee. */
    public Uni<Void> capture(UUID readingId, UUID readerIdFromEvent, EventContext context) {
        return lockHold(readingId).chain(hold -> {
            if (hold == null || !Hold.ACTIVE.equals(hold.status)) {
                LOG.debugf("reading %s completed without an active hold: nothing to capture", readingId);
                return Uni.createFrom().voidItem();
            }
            UUID readerId = readerIdFromEvent != null ? readerIdFromEvent : hold.readerId;
            BigDecimal amount = hold.amount;
            BigDecimal fee = Money.scaled(amount.multiply(config.platformFeePercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            BigDecimal share = readerId == null ? BigDecimal.ZERO.setScale(2) : amount.subtract(fee);
            BigDecimal platformFee = amount.subtract(share);
            List<UUID> users = new ArrayList<>(List.of(hold.userId));
            if (readerId != null && !readerId.equals(hold.userId)) {
                users.add(readerId);
            }
            Uni<Boolean> openReader = readerId == null ? Uni.createFrom().item(false) : ledger.open(readerId, context);
            return openReader.chain(() -> ledger.lockAll(users)).chain(locked -> {
                Map<UUID, Wallet> byUser = locked.stream().collect(Collectors.toMap(w -> w.userId, Function.identity()));
                Wallet client = byUser.get(hold.userId);
                Wallet reader = readerId == null ? null : byUser.get(readerId);
                hold.status = Hold.CAPTURED;
                Uni<Void> money = Uni.createFrom().voidItem();
                if (amount.signum() > 0) {
                    LedgerEntry debit = Ledger.entry(client, "payment", LedgerEntry.DEBIT, amount);
                    debit.readingSessionId = readingId;
                    debit.description = "Reading payment";
                    money = ledger.post(client, debit, context).chain(posted -> {
                        Uni<Void> rest = Uni.createFrom().voidItem();
                        if (reader != null && share.signum() > 0) {
                            LedgerEntry credit = Ledger.entry(reader, "payment", LedgerEntry.CREDIT, share);
                            credit.readingSessionId = readingId;
                            credit.relatedTransactionId = posted.id;
                            credit.description = "Reading earnings";
                            rest = rest.chain(() -> ledger.post(reader, credit, context).replaceWithVoid());
                        }
                        if (platformFee.signum() > 0) {
                            Wallet feeBearer = reader != null ? reader : client;
                            LedgerEntry feeRow = Ledger.entry(feeBearer, "fee", LedgerEntry.NONE, platformFee);
                            feeRow.readingSessionId = readingId;
                            feeRow.relatedTransactionId = posted.id;
                            feeRow.description = "Platform fee (" + config.platformFeePercent().stripTrailingZeros().toPlainString() + "%)";
                            rest = rest.chain(() -> ledger.record(feeRow).replaceWithVoid());
                        }
                        return rest;
                    });
                }
                return money.chain(() -> Panache.getSession().chain(s -> s.flush()))
                        .chain(() -> events.publish(WalletEvents.HOLD_CAPTURED, readingId,
                                new WalletEvents.HoldCaptured(hold.id, readingId, hold.userId, readerId,
                                        Money.of(amount, hold.currency), Money.of(share, hold.currency),
                                        Money.of(platformFee, hold.currency)), context))
                        .replaceWithVoid();
            });
        });
    }

    public Uni<Void> release(UUID readingId, EventContext context) {
        return lockHold(readingId).chain(hold -> hold == null || !Hold.ACTIVE.equals(hold.status)
                ? Uni.createFrom().voidItem()
                : end(hold, Hold.RELEASED, "cancelled", context));
    }

    /** Releases holds whose reading never started in time; returns how many. */
    public Uni<Integer> expireDue(EventContext context) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "from Hold where status = 'active' and startedAt is null and expiresAt < :now order by expiresAt", Hold.class)
                .setParameter("now", Ledger.now()).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(50)
                .getResultList()).chain(holds -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Hold hold : holds) {
                chain = chain.chain(() -> end(hold, Hold.EXPIRED, "expired", context));
            }
            return chain.replaceWith(holds.size());
        });
    }

    private Uni<Void> end(Hold hold, String status, String reason, EventContext context) {
        hold.status = status;
        return Panache.getSession().chain(s -> s.flush())
                .chain(() -> events.publish(WalletEvents.HOLD_RELEASED, hold.readingId,
                        new WalletEvents.HoldReleased(hold.id, hold.readingId, hold.userId, Money.of(hold.amount, hold.currency), reason),
                        context))
                .replaceWithVoid();
    }

    private Uni<Hold> lockHold(UUID readingId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Hold where readingId = :r", Hold.class)
                        .setParameter("r", readingId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
                .map(list -> list.isEmpty() ? null : list.get(0));
    }
}
