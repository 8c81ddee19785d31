package com.samiatarot.wallet.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.wallet.persistence.PaymentMethod;

public record PaymentMethodView(UUID id, String methodType, String provider, String providerMethodId, String displayName,
                                String lastFour, String brand, Integer expiryMonth, Integer expiryYear, boolean isDefault,
                                boolean isVerified, OffsetDateTime createdAt) {

    public static PaymentMethodView of(PaymentMethod m) {
        return new PaymentMethodView(m.id, m.methodType, m.provider, m.providerMethodId, m.displayName, m.lastFour, m.brand,
                m.expiryMonth, m.expiryYear, m.isDefault, m.verified, m.createdAt);
    }
}
