package com.samiatarot.tarot.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.samiatarot.shared.problem.DomainException;

/** The deck list's opaque cursor: a position in the filtered deck (the deck is fixed, so an offset is stable). */
final class CardsCursor {

    private static final int DECK_SIZE = 78;

    private CardsCursor() {
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("o:")) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(text.substring(2));
            if (offset < 0 || offset > DECK_SIZE) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (RuntimeException e) {
            throw DomainException.invalidField("cursor", "is not a cursor issued by this API");
        }
    }
}
