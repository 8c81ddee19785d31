package com.samiatarot.wallet.domain;

import com.samiatarot.shared.api.Money;
import java.math.BigDecimal;

import com.samiatarot.shared.problem.DomainException;

/** The wallet's refusals as problem+json: each names what was refused and what is left. */
public final class WalletErrors {

    private WalletErrors() {
    }

    public static DomainException insufficientFunds(BigDecimal available, String currency) {
        return new DomainException(409, "insufficient-funds", "Insufficient funds",
                "The wallet's available balance is " + Money.scaled(available).toPlainString() + " " + currency + ".")
                .with("available", Money.of(available, currency));
    }

    public static DomainException limitExceeded(String limit, BigDecimal remaining, String currency) {
        return new DomainException(409, "limit-exceeded", "Limit exceeded",
                "This debit would exceed the wallet's " + limit + " (" + Money.scaled(remaining).toPlainString() + " "
                        + currency + " left in the current UTC window).")
                .with("limit", limit)
                .with("remaining", Money.of(remaining, currency));
    }

    public static DomainException frozen() {
        return new DomainException(409, "wallet-frozen", "Wallet frozen", "The wallet is frozen: debits are refused.");
    }

    public static DomainException currencyMismatch(String walletCurrency, String requested) {
        return new DomainException(422, "currency-mismatch", "Currency mismatch",
                "The wallet holds " + walletCurrency + "; the request is in " + requested + ".")
                .with("walletCurrency", walletCurrency);
    }

    public static DomainException nonPositive(String field) {
        return DomainException.invalidField(field, "must be greater than 0");
    }
}
