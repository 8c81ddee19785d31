package com.samiatarot.wallet.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.samiatarot.shared.api.Money;

/** Request bodies of the wallet API (unknown fields are refused globally). */
public final class Requests {

    private Requests() {
    }

    public record Deposit(@Valid @NotNull Money amount, @NotNull UUID paymentMethodId) {
    }

    public record Withdrawal(@Valid @NotNull Money amount, UUID paymentMethodId) {
    }

    public record Refund(@Valid Money amount, @NotBlank @Size(max = 500) String reason) {
    }

    public record Freeze(@NotBlank @Size(max = 500) String reason) {
    }

    public record Claim(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Decision(@NotBlank @Size(max = 500) String note) {
    }
}
