package com.samiatarot.shared.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Money on the wire and in events (DESIGN §4): {@code {"amount":"12.50","currency":"USD"}}, the amount a
 * decimal string with at most two decimals so no client ever sees a binary float. Arithmetic happens on
 * {@link #value()}, a {@link BigDecimal} of scale 2. The constraints apply where a request carries money.
 */
@RegisterForReflection
public record Money(
        @NotNull @Pattern(regexp = "^[0-9]{1,13}(\\.[0-9]{1,2})?$", message = "must be a decimal string with at most 2 decimals")
        String amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be a 3-letter ISO currency code")
        String currency) {

    /** The platform's one settlement currency. */
    public static final String PLATFORM_CURRENCY = "USD";

    /** Null in, null out: optional prices (a reader without a rate) stay absent rather than zero. */
    public static Money of(BigDecimal value, String currency) {
        return value == null || currency == null ? null : new Money(scaled(value).toPlainString(), currency);
    }

    public static Money usd(BigDecimal value) {
        return of(value, PLATFORM_CURRENCY);
    }

    public BigDecimal value() {
        return scaled(new BigDecimal(amount));
    }

    /** Scale 2, half-up: the rounding of the whole platform (prices, fees, shares). */
    public static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
