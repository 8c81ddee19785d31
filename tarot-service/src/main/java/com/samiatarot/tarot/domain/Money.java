package com.samiatarot.tarot.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Money as the platform writes it: {"amount":"12.50","currency":"USD"}, amount a decimal string. */
@RegisterForReflection
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public Money {
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }
}
