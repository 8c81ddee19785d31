package com.samiatarot.tarot.domain;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import com.samiatarot.shared.problem.DomainException;

/** Opaque keyset cursor: base64url of the last row's sort key (created_at and id). */
public record Cursor(OffsetDateTime createdAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor; 400 for one this service did not issue. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new Cursor(OffsetDateTime.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor issued by this API");
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
