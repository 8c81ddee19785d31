package com.samiatarot.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        @NotBlank @Size(max = 255) String email,
        @NotBlank @Size(min = 10, max = 128) String password,
        @NotBlank @Size(max = 255) String fullName) {
}
