package com.samiatarot.shared.api;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import com.samiatarot.shared.problem.DomainException;

/**
 * Opaque keyset cursor (DESIGN §4): base64url of the last row's sort key and id. The sort key is text
 * (a timestamp's ISO form, a name, a number) so every list can page on its own order with the id as the
 * tie-breaker; clients never parse it.
 */
public record Cursor(String sortKey, UUID id) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static Cursor after(Object sortKey, UUID id) {
        return new Cursor(String.valueOf(sortKey), id);
    }

    /** The sort key of a list ordered by a timestamp; a 400 naming {@code cursor} if it is not one. */
    public OffsetDateTime at() {
        try {
            return OffsetDateTime.parse(sortKey);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this API issued");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sortKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor; a 400 naming {@code cursor} for text this API did not issue. */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new Cursor(text.substring(0, bar), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this API issued");
        }
    }

    /** The page size: {@value #DEFAULT_LIMIT} when absent, a 400 naming {@code limit} outside 1..{@value #MAX_LIMIT}. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
