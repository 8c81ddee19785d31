package com.samiatarot.shared.testing;

import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens for tests, signed with the test-only key in {@code testing/jwt-private.pem} (its public
 * half, {@code testing/jwt-public.pem}, is what services verify against in the test profile).
 * Never used outside tests: production keys come from identity-service's configuration.
 */
public final class TestTokens {

    public static final String ISSUER = "https://samia-tarot.local";
    public static final String PRIVATE_KEY = "testing/jwt-private.pem";

    private TestTokens() {
    }

    public static String forUser(UUID userId, String role) {
        return forUser(userId, role, userId + "@test.samia.local");
    }

    public static String forUser(UUID userId, String role, String email) {
        return Jwt.issuer(ISSUER)
                .subject(userId.toString())
                .upn(email)
                .groups(Set.of(role))
                .expiresIn(900)
                .jws().keyId("test-key")
                .sign(PRIVATE_KEY);
    }

    public static String bearer(UUID userId, String role) {
        return "Bearer " + forUser(userId, role);
    }
}
