package com.samiatarot.chat.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * coturn's REST API scheme (use-auth-secret): username {@code <expiry unix seconds>:<userId>}, credential
 * base64(HMAC-SHA1(shared secret, username)). coturn recomputes it, so nothing is stored server side.
 */
public final class TurnCredentials {

    private TurnCredentials() {
    }

    public record Credential(String username, String credential, long expiresAtEpochSeconds) {
    }

    public static Credential issue(String sharedSecret, UUID userId, long expiresAtEpochSeconds) {
        String username = expiresAtEpochSeconds + ":" + userId;
        return new Credential(username, sign(sharedSecret, username), expiresAtEpochSeconds);
    }

    public static String sign(String sharedSecret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(sharedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 unavailable", e);
        }
    }
}
