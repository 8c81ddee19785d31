package com.samiatarot.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.IncomingEvent.PoisonEventException;

class IncomingEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UUID ID = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();

    private static IncomingEvent parse(String json) {
        return IncomingEvent.parse(MAPPER, json);
    }

    @Test
    void aCloudEventYieldsItsIdTypeAndDataFields() {
        IncomingEvent event = parse("{\"id\":\"" + ID + "\",\"type\":\"reading.requested\",\"data\":{\"clientId\":\"" + USER
                + "\",\"price\":\"12.50\",\"requestId\":\"req-1\"}}");
        assertEquals(ID, event.id());
        assertEquals("reading.requested", event.type());
        assertEquals(USER, event.uuid("clientId"));
        assertEquals(new BigDecimal("12.50"), event.decimal("price"));
        assertEquals("req-1", event.context().requestId());
        assertNull(event.optionalUuid("readerId"));
        assertNull(event.text("question"));
    }

    @Test
    void recordsThatAreNotCloudEventsArePoison() {
        for (String record : new String[] { null, "not json", "[]", "{\"id\":\"" + ID + "\",\"data\":{}}",
                "{\"id\":\"" + ID + "\",\"type\":\"x\"}", "{\"id\":\"nope\",\"type\":\"x\",\"data\":{}}" }) {
            assertThrows(PoisonEventException.class, () -> parse(record), String.valueOf(record));
        }
    }

    @Test
    void aMissingOrMalformedRequiredFieldIsPoisonNamingTheField() {
        IncomingEvent event = parse("{\"id\":\"" + ID + "\",\"type\":\"wallet.hold_placed\",\"data\":{\"readingId\":\"x\"}}");
        assertEquals("wallet.hold_placed data.readingId is not a UUID",
                assertThrows(PoisonEventException.class, () -> event.uuid("readingId")).getMessage());
        assertThrows(PoisonEventException.class, () -> event.optionalUuid("readingId"));
        assertThrows(PoisonEventException.class, () -> event.uuid("clientId"));
        assertThrows(PoisonEventException.class, () -> event.decimal("amount"));
    }
}
