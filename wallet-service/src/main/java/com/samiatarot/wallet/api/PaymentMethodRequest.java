package com.samiatarot.wallet.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tokenized payment method. Unknown fields (cardNumber, cvc, ...) are refused globally with a 400. */
public record PaymentMethodRequest(
        @NotBlank @Pattern(regexp = "card|bank_account|digital_wallet", message = "must be card, bank_account or digital_wallet") String methodType,
        @NotBlank @Size(max = 50) String provider,
        @NotBlank @Size(min = 3, max = 255) @Pattern(regexp = "^[A-Za-z0-9_\\-]+$", message = "must be the gateway's token (letters, digits, _ and -)") String providerMethodId,
        @Size(max = 255) String displayName,
        @Pattern(regexp = "^[0-9]{4}$", message = "must be exactly 4 digits") String lastFour,
        @Size(max = 50) String brand,
        @Min(1) @Max(12) Integer expiryMonth,
        @Min(2000) @Max(2100) Integer expiryYear,
        Boolean isDefault) {
}
