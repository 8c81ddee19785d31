package com.samiatarot.wallet.events;

import java.util.UUID;

import com.samiatarot.shared.api.Money;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Payloads of wallet.events (docs/EVENTS.md). No card data, no tokens: ids, amounts and reasons only. */
public final class WalletEvents {

    public static final String WALLET_CREATED = "wallet.created";
    public static final String WALLET_CREDITED = "wallet.credited";
    public static final String WALLET_DEBITED = "wallet.debited";
    public static final String HOLD_PLACED = "wallet.hold_placed";
    public static final String HOLD_FAILED = "wallet.hold_failed";
    public static final String HOLD_CAPTURED = "wallet.hold_captured";
    public static final String HOLD_RELEASED = "wallet.hold_released";
    public static final String WALLET_FROZEN = "wallet.frozen";
    public static final String WALLET_UNFROZEN = "wallet.unfrozen";
    public static final String TRANSACTION_COMPLETED = "transaction.completed";
    public static final String TRANSACTION_FAILED = "transaction.failed";
    public static final String TRANSACTION_REFUNDED = "transaction.refunded";
    public static final String PAYMENT_METHOD_ADDED = "payment_method.added";
    public static final String PAYMENT_METHOD_REMOVED = "payment_method.removed";
    public static final String WITHDRAWAL_REQUESTED = "withdrawal.requested";

    private WalletEvents() {
    }

    @RegisterForReflection
    public record WalletCreated(UUID walletId, UUID userId, String currency) {
    }

    @RegisterForReflection
    public record BalanceChanged(UUID walletId, UUID userId, UUID transactionId, Money amount, Money balance,
                                 String transactionType) {
    }

    @RegisterForReflection
    public record HoldPlaced(UUID holdId, UUID walletId, UUID userId, UUID readingId, Money amount) {
    }

    @RegisterForReflection
    public record HoldFailed(UUID userId, UUID readingId, Money amount, String reason) {
    }

    @RegisterForReflection
    public record HoldCaptured(UUID holdId, UUID readingId, UUID clientId, UUID readerId, Money amount,
                               Money readerShare, Money platformFee) {
    }

    @RegisterForReflection
    public record HoldReleased(UUID holdId, UUID readingId, UUID userId, Money amount, String reason) {
    }

    @RegisterForReflection
    public record FreezeChanged(UUID walletId, UUID userId, String reason) {
    }

    @RegisterForReflection
    public record TransactionChanged(UUID transactionId, UUID userId, String transactionType, Money amount, String status) {
    }

    @RegisterForReflection
    public record PaymentMethodChanged(UUID paymentMethodId, UUID userId, String provider, String brand, String lastFour) {
    }

    @RegisterForReflection
    public record WithdrawalRequested(UUID transactionId, UUID userId, Money amount) {
    }
}
