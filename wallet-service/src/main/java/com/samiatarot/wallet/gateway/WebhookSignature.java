package com.samiatarot.wallet.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.samiatarot.shared.problem.DomainException;

/**
 * Stripe's webhook signature scheme: {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">},
 * compared in constant time, refused outside the tolerance window (replays of old deliveries).
 */
public final class WebhookSignature {

    public static final String HEADER = "Stripe-Signature";

    private WebhookSignature() {
    }

    public static void verify(String header, String payload, String secret, Duration tolerance, Instant now) {
        if (secret == null || secret.isBlank()) {
            throw invalid("webhooks from this provider are not accepted (no secret configured)");
        }
        if (header == null || header.isBlank()) {
            throw invalid("the Stripe-Signature header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if ("t".equals(kv[0])) {
                try {
                    timestamp = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    throw invalid("the signature timestamp is malformed");
                }
            } else if ("v1".equals(kv[0])) {
                signatures.add(kv[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw invalid("the Stripe-Signature header needs t= and v1=");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            throw invalid("the signature timestamp is outside the tolerance window");
        }
        byte[] expected = sign(secret, timestamp, payload).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String candidate : signatures) {
            // no early exit: every candidate is compared in constant time
            match |= MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
        }
        if (!match) {
            throw invalid("the signature does not match");
        }
    }

    public static String sign(String secret, long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String header(String secret, long timestamp, String payload) {
        return "t=" + timestamp + ",v1=" + sign(secret, timestamp, payload);
    }

    private static DomainException invalid(String detail) {
        return new DomainException(400, "invalid-signature", "Invalid webhook signature", "Webhook refused: " + detail + ".");
    }
}
