package com.samiatarot.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class CloudEventDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID ID = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();

    private static CloudEvent event(String data) {
        return CloudEvents.parse(MAPPER, "{\"specversion\":\"1.0\",\"id\":\"" + ID + "\",\"type\":\"reading.requested\","
                + "\"subject\":\"r\",\"data\":" + data + "}").orElseThrow();
    }

    @Test
    void aConsumerReadsTypedFieldsOfData() {
        CloudEvent event = event("{\"clientId\":\"" + USER + "\",\"price\":\"12.50\",\"requestId\":\"req-1\"}");
        assertEquals(USER, event.dataUuid("clientId"));
        assertEquals(new BigDecimal("12.50"), event.dataDecimal("price"));
        assertEquals("req-1", event.consumerContext().requestId());
        assertNull(event.optionalDataUuid("readerId"));
    }

    @Test
    void aMissingOrMalformedRequiredFieldIsPoisonNamingTheField() {
        CloudEvent event = event("{\"readingId\":\"x\"}");
        assertEquals("reading.requested data.readingId is not a UUID",
                assertThrows(PoisonEventException.class, () -> event.dataUuid("readingId")).getMessage());
        assertThrows(PoisonEventException.class, () -> event.optionalDataUuid("readingId"));
        assertThrows(PoisonEventException.class, () -> event.dataUuid("clientId"));
        assertThrows(PoisonEventException.class, () -> event.dataDecimal("price"));
    }

    @Test
    void recordsThatAreNotCloudEventsDoNotParse() {
        for (String record : new String[] { null, "not json", "[]", "{\"id\":\"" + ID + "\",\"data\":{}}",
                "{\"id\":\"" + ID + "\",\"type\":\"x\"}" }) {
            assertTrue(CloudEvents.parse(MAPPER, record).isEmpty(), String.valueOf(record));
        }
    }
}
