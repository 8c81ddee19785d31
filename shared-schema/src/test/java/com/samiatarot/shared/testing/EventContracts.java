package com.samiatarot.shared.testing;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.EventSchemas;

/** The reusable contract assertion: what a service emitted validates against its JSON Schema. */
public final class EventContracts {

    private EventContracts() {
    }

    public static void assertConforms(JsonNode event) {
        List<String> errors = EventSchemas.validate(event);
        if (!errors.isEmpty()) {
            throw new AssertionError("event " + event.path("type").asText() + " breaks its contract: " + errors + "\n" + event);
        }
    }
}
