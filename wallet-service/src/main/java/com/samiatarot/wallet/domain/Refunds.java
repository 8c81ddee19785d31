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

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Transactions;
import com.samiatarot.wallet.persistence.Wallet;

import io.smallrye.mutiny.Uni;

/**
 * Admin refunds of reading payments, partial allowed, never above the original in total. The client is
 * credited; the reader's share is reversed in proportion and the platform gives up the rest of its fee.
 */
@ApplicationScoped
public class Refunds {

    private final Transactions transactions;
    private final Ledger ledger;
    private final DomainEvents events;

    public Refunds(Transactions transactions, Ledger ledger, DomainEvents events) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.events = events;
    }

    /** Inside the idempotent service transaction. */
    public Uni<LedgerEntry> refund(Caller admin, UUID transactionId, Money requested, String reason, EventContext context) {
        return transactions.lock(transactionId).chain(original -> {
            if (original == null) {
                return Uni.createFrom().failure(DomainException.notFound("Transaction"));
            }
            if (!"payment".equals(original.type) || !LedgerEntry.DEBIT.equals(original.balanceEffect) || !"completed".equals(original.status)) {
                return Uni.createFrom().failure(DomainException.unprocessable("Only completed reading payments (client debits) can be refunded."));
            }
            if (requested != null && !requested.currency().equals(original.currency)) {
                return Uni.createFrom().failure(WalletErrors.currencyMismatch(original.currency, requested.currency()));
            }
            return transactions.related(original.id).chain(related -> {
                BigDecimal refundedSoFar = related.stream()
                        .filter(r -> "refund".equals(r.type) && LedgerEntry.CREDIT.equals(r.balanceEffect) && r.userId.equals(original.userId))
                        .map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal remaining = original.amount.subtract(refundedSoFar);
                BigDecimal amount = requested == null ? remaining : requested.value();
                if (remaining.signum() <= 0) {
                    return Uni.createFrom().failure(DomainException.conflict("This payment has already been refunded in full."));
                }
                if (amount.signum() <= 0) {
                    return Uni.createFrom().failure(WalletErrors.nonPositive("amount.amount"));
                }
                if (amount.compareTo(remaining) > 0) {
                    return Uni.createFrom().failure(DomainException.unprocessable("The refund exceeds what is left of the payment ("
                            + Money.scaled(remaining).toPlainString() + " " + original.currency + ").")
                            .with("refundable", Money.of(remaining, original.currency)));
                }
                LedgerEntry readerCredit = related.stream()
                        .filter(r -> "payment".equals(r.type) && LedgerEntry.CREDIT.equals(r.balanceEffect)).findFirst().orElse(null);
                BigDecimal ratio = amount.divide(original.amount, 10, RoundingMode.HALF_EVEN);
                BigDecimal readerPart = readerCredit == null ? BigDecimal.ZERO.setScale(2)
                        : readerCredit.amount.multiply(ratio).setScale(2, RoundingMode.HALF_EVEN);
                BigDecimal feePart = amount.subtract(readerPart);
                List<UUID> users = new ArrayList<>(List.of(original.userId));
                if (readerCredit != null && !readerCredit.userId.equals(original.userId)) {
                    users.add(readerCredit.userId);
                }
                return ledger.lockAll(users).chain(locked -> {
                    Map<UUID, Wallet> byUser = locked.stream().collect(Collectors.toMap(w -> w.userId, Function.identity()));
                    Wallet client = byUser.get(original.userId);
                    LedgerEntry credit = Ledger.entry(client, "refund", LedgerEntry.CREDIT, amount);
                    credit.relatedTransactionId = original.id;
                    credit.readingSessionId = original.readingSessionId;
                    credit.processedBy = admin.id();
                    credit.processorNotes = reason;
                    credit.description = "Refund of reading payment";
                    Uni<Void> reverse = Uni.createFrom().voidItem();
                    if (readerCredit != null && readerPart.signum() > 0) {
                        Wallet reader = byUser.get(readerCredit.userId);
                        LedgerEntry back = Ledger.entry(reader, "refund", LedgerEntry.DEBIT, readerPart);
                        back.relatedTransactionId = original.id;
                        back.readingSessionId = original.readingSessionId;
                        back.processedBy = admin.id();
                        back.description = "Reversal of reading earnings (refund " + credit.id + ")";
                        reverse = reverse.chain(() -> {
                            if (reader.balance.compareTo(readerPart) < 0) {
                                return Uni.createFrom().failure(DomainException.conflict(
                                        "The reader's balance cannot cover the reversal of their share; refund a smaller amount."));
                            }
                            return ledger.post(reader, back, context).replaceWithVoid();
                        });
                    }
                    if (feePart.signum() > 0) {
                        LedgerEntry fee = Ledger.entry(readerCredit == null ? client : byUser.get(readerCredit.userId), "refund",
                                LedgerEntry.NONE, feePart);
                        fee.relatedTransactionId = original.id;
                        fee.readingSessionId = original.readingSessionId;
                        fee.processedBy = admin.id();
                        fee.description = "Platform fee given up (refund " + credit.id + ")";
                        reverse = reverse.chain(() -> ledger.record(fee).replaceWithVoid());
                    }
                    return reverse.chain(() -> ledger.post(client, credit, context))
                            .call(posted -> events.publish(WalletEvents.TRANSACTION_REFUNDED, original.id,
                                    new WalletEvents.TransactionChanged(original.id, original.userId, original.type,
                                            Money.of(amount, original.currency), "refunded"), context));
                });
            });
        });
    }
}
