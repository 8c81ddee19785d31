package com.samiatarot.wallet.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Money on the wire and in events: {@code {"amount":"12.50","currency":"USD"}}, the amount a decimal string
 * with at most two decimals (DESIGN §4). Arithmetic happens on {@link #value()}, a {@link BigDecimal} of scale 2.
 */
@RegisterForReflection
public record Money(
        @NotNull @Pattern(regexp = "^[0-9]{1,13}(\\.[0-9]{1,2})?$", message = "must be a decimal string with at most 2 decimals")
        String amount,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be a 3-letter ISO currency code")
        String currency) {

    public static Money of(BigDecimal value, String currency) {
        return new Money(scaled(value).toPlainString(), currency);
    }

    public BigDecimal value() {
        return scaled(new BigDecimal(amount));
    }

    public static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
