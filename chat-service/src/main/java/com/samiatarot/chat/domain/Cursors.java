package com.samiatarot.chat.domain;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import com.samiatarot.shared.problem.DomainException;

/** Opaque list cursors: base64url of the last row's sort key ({@code timestamp|id}). */
public final class Cursors {

    public record Position(OffsetDateTime at, UUID id) {
    }

    private Cursors() {
    }

    public static String encode(OffsetDateTime at, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new Position(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this API issued");
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return 20;
        }
        if (requested < 1 || requested > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        return requested;
    }
}
