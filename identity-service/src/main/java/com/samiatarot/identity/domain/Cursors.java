package com.samiatarot.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.samiatarot.shared.problem.DomainException;

/** Opaque list cursors (DESIGN §4): base64url of the last row's sort key and id. */
public final class Cursors {

    public record Position(String sortKey, UUID id) {
    }

    private Cursors() {
    }

    public static String encode(String sortKey, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sortKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** null for no cursor; 400 naming {@code cursor} when it was not produced by {@link #encode}. */
    public static Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException();
            }
            return new Position(text.substring(0, bar), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("cursor", "is not a cursor this API produced");
        }
    }
}
