package com.samiatarot.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of /api/v1/auth (besides RegisterRequest). Unknown fields are refused globally. */
public final class AuthRequests {

    private AuthRequests() {
    }

    public record Login(@NotBlank @Size(max = 255) String email, @NotBlank @Size(max = 128) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    public record OneTimeToken(@NotBlank @Size(max = 200) String token) {
    }

    public record ResetRequest(@NotBlank @Size(max = 255) String email) {
    }

    public record ResetConfirm(@NotBlank @Size(max = 200) String token, @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }

    public record ChangePassword(@NotBlank @Size(max = 128) String currentPassword,
                                 @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }
}
