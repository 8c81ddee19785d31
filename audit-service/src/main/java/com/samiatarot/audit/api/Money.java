package com.samiatarot.audit.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the platform writes it: a decimal string with its currency. */
@RegisterForReflection
public record Money(String amount, String currency) {

    static Money of(BigDecimal amount, String currency) {
        return new Money((amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString(), currency);
    }
}
