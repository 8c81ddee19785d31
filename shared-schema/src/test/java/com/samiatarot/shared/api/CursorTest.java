package com.samiatarot.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.problem.DomainException;

class CursorTest {

    private static final UUID ID = UUID.fromString("0b6f1c8e-2d7a-4e53-9c1e-7f1a2b3c4d5e");

    @Test
    void aTimestampCursorRoundTripsToTheSameInstantAndId() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T14:35:02.123456Z");
        Cursor decoded = Cursor.decode(Cursor.after(at, ID).encode());
        assertEquals(at, decoded.at());
        assertEquals(ID, decoded.id());
    }

    @Test
    void aTextSortKeyMayItselfContainTheSeparator() {
        Cursor decoded = Cursor.decode(Cursor.after("Knight|of Cups", ID).encode());
        assertEquals("Knight|of Cups", decoded.sortKey());
        assertEquals(ID, decoded.id());
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void aForgedCursorIsA400NamingTheCursor() {
        for (String forged : new String[] { "%%%", "bm8tc2VwYXJhdG9y", Cursor.after("x", ID).encode().substring(0, 10) }) {
            DomainException e = assertThrows(DomainException.class, () -> Cursor.decode(forged), forged);
            assertEquals(400, e.status());
            assertEquals("cursor", e.errors().get(0).field());
        }
        DomainException e = assertThrows(DomainException.class, () -> Cursor.after("not-a-time", ID).at());
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void theLimitDefaultsTo20AndStaysWithin1To100() {
        assertEquals(20, Cursor.limit(null));
        assertEquals(1, Cursor.limit(1));
        assertEquals(100, Cursor.limit(100));
        assertEquals("limit", assertThrows(DomainException.class, () -> Cursor.limit(0)).errors().get(0).field());
        assertEquals("limit", assertThrows(DomainException.class, () -> Cursor.limit(101)).errors().get(0).field());
    }
}
