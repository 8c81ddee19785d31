package com.samiatarot.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreDecimalStringsOfScaleTwoRoundedHalfUp() {
        assertEquals(new Money("12.50", "USD"), Money.usd(new BigDecimal("12.5")));
        assertEquals("0.13", Money.of(new BigDecimal("0.125"), "EUR").amount());
        assertEquals(new BigDecimal("7.00"), new Money("7", "USD").value());
    }

    @Test
    void anAbsentValueStaysAbsent() {
        assertNull(Money.usd(null));
        assertNull(Money.of(BigDecimal.ONE, null));
    }
}
