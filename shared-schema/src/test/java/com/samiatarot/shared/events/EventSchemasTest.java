package com.samiatarot.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class EventSchemasTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EventFactory factory = new EventFactory(mapper, "identity-service");

    record Registered(UUID userId, String fullName, String role, boolean emailVerified) {
    }

    private CloudEvent registered() {
        UUID user = UUID.randomUUID();
        return factory.create("user.registered", user, new Registered(user, "Ada", "client", false),
                new EventContext(user, "client", "10.0.0.1", "curl/8", "POST", "/api/v1/auth/register", "req-1"));
    }

    @Test
    void anEventBuiltByTheFactoryConformsToItsContract() {
        assertEquals(List.of(), EventSchemas.validate(registered()));
    }

    @Test
    void theEnvelopeCarriesActorAndRequestContextFlatInData() {
        CloudEvent event = registered();
        assertEquals("1.0", event.specversion());
        assertEquals(event.subject(), event.key());
        assertEquals("client", event.dataText("actorRole"));
        assertEquals("10.0.0.1", event.dataText("ip"));
        assertEquals("/api/v1/auth/register", event.dataText("path"));
    }

    @Test
    void aMissingPayloadFieldBreaksTheContract() {
        ObjectNode json = mapper.valueToTree(registered());
        ((ObjectNode) json.get("data")).remove("role");
        assertTrue(EventSchemas.validate(json).stream().anyMatch(e -> e.contains("role")));
    }

    @Test
    void anIdIsThirtySixHexDigitsAndDashesAndNothingElse() {
        String valid = UUID.randomUUID().toString();
        for (String notAnId : List.of("not-an-id", valid + "\n", valid.replace('-', 'g'), valid + "0", " " + valid.substring(1))) {
            ObjectNode json = mapper.valueToTree(registered());
            ((ObjectNode) json.get("data")).put("userId", notAnId);
            assertTrue(EventSchemas.validate(json).stream().anyMatch(e -> e.contains("userId")), notAnId);
        }
        ObjectNode json = mapper.valueToTree(registered());
        json.put("time", "2026-11-26T00:00:00Z"); // this test's mapper writes times as numbers
        ((ObjectNode) json.get("data")).put("userId", valid.toUpperCase());
        assertEquals(List.of(), EventSchemas.validate(json));
    }

    @Test
    void secretsAreRefusedByTheEnvelopeWhateverTheType() {
        ObjectNode json = mapper.valueToTree(registered());
        ((ObjectNode) json.get("data")).put("password", "hunter2hunter2");
        assertTrue(EventSchemas.validate(json).stream().anyMatch(e -> e.startsWith("envelope")));
    }

    @Test
    void anUnknownTypeHasNoContract() {
        ObjectNode json = mapper.valueToTree(registered());
        json.put("type", "user.teleported");
        assertTrue(EventSchemas.validate(json).contains("no schema for event type 'user.teleported'"));
    }
}
