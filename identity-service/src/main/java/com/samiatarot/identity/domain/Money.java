package com.samiatarot.identity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Money on the wire: a decimal string with its currency (DESIGN §4). Reader rates are per minute. */
@RegisterForReflection
public record Money(String amount, String currency) {

    public static final String PLATFORM_CURRENCY = "USD";

    public static Money of(BigDecimal amount) {
        return amount == null ? null : new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), PLATFORM_CURRENCY);
    }
}
