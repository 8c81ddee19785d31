package com.samiatarot.wallet.domain;

import java.math.BigDecimal;

import com.samiatarot.shared.problem.DomainException;

/**
 * Why a debit or a hold cannot happen. An HTTP debit turns it into a problem; the saga turns it into
 * {@code wallet.hold_failed} with {@link #holdReason()}.
 */
public record Refusal(Kind kind, BigDecimal figure, String currency, String requestedCurrency) {

    public enum Kind { FROZEN, CURRENCY, INSUFFICIENT, DAILY_LIMIT, MONTHLY_LIMIT }

    public DomainException toProblem() {
        return switch (kind) {
            case FROZEN -> WalletErrors.frozen();
            case CURRENCY -> WalletErrors.currencyMismatch(currency, requestedCurrency);
            case INSUFFICIENT -> WalletErrors.insufficientFunds(figure, currency);
            case DAILY_LIMIT -> WalletErrors.limitExceeded("daily_limit", figure, currency);
            case MONTHLY_LIMIT -> WalletErrors.limitExceeded("monthly_limit", figure, currency);
        };
    }

    /** The reason enum of wallet.hold_failed (docs/EVENTS.md); a wallet in another currency counts as none. */
    public String holdReason() {
        return switch (kind) {
            case FROZEN -> "wallet_frozen";
            case CURRENCY -> "no_wallet";
            case INSUFFICIENT -> "insufficient_funds";
            case DAILY_LIMIT, MONTHLY_LIMIT -> "limit_exceeded";
        };
    }
}
