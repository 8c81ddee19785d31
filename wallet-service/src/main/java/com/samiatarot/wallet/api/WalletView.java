package com.samiatarot.wallet.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.wallet.domain.Ledger;
import com.samiatarot.shared.api.Money;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Balance, what can be spent now (balance minus active holds), and what is left of the UTC day/month limits. */
@RegisterForReflection
public record WalletView(UUID id, UUID userId, Money balance, Money available, Money held, String currency,
                         Money dailyLimit, Money dailyRemaining, Money monthlyLimit, Money monthlyRemaining,
                         boolean frozen, OffsetDateTime createdAt) {

    public static WalletView of(Wallet w, Ledger.Usage usage) {
        String c = w.currency;
        return new WalletView(w.id, w.userId, Money.of(w.balance, c), Money.of(w.balance.subtract(usage.held()).max(BigDecimal.ZERO), c),
                Money.of(usage.held(), c), c,
                w.dailyLimit == null ? null : Money.of(w.dailyLimit, c),
                w.dailyLimit == null ? null : Money.of(w.dailyLimit.subtract(usage.dayUsed()).max(BigDecimal.ZERO), c),
                w.monthlyLimit == null ? null : Money.of(w.monthlyLimit, c),
                w.monthlyLimit == null ? null : Money.of(w.monthlyLimit.subtract(usage.monthUsed()).max(BigDecimal.ZERO), c),
                w.frozen, w.createdAt);
    }
}
