package com.samiatarot.tarot.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.tarot.domain.Readings;

/** Reads the Idempotency-Key header of POST /api/v1/readings and fingerprints the request it came with. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    /** null without the header; 400 for a key that is empty, too long or not visible ASCII. */
    static Readings.IdempotencyKey of(String header, ReadingRequests.Create request) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > 255 || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw DomainException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return new Readings.IdempotencyKey(header, fingerprint(request));
    }

    /** Every field of the body, in a fixed order, null spelled out: equal bodies give equal fingerprints. */
    private static String fingerprint(ReadingRequests.Create r) {
        String canonical = String.join("\u001f", Objects.toString(r.spreadId()), Objects.toString(r.readerId()),
                Objects.toString(r.question()), Objects.toString(r.sessionType()), Objects.toString(r.durationMinutes()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
