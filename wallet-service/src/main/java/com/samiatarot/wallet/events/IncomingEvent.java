package com.samiatarot.wallet.events;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.EventContext;

/** The fields of a consumed CloudEvent this service relies on; anything unreadable is poison (DLQ). */
record IncomingEvent(UUID id, String type, JsonNode data) {

    static IncomingEvent parse(ObjectMapper mapper, String value) {
        try {
            JsonNode node = mapper.readTree(value);
            UUID id = UUID.fromString(node.path("id").asText());
            String type = node.path("type").asText(null);
            if (type == null) {
                throw new IllegalArgumentException("event without a type");
            }
            return new IncomingEvent(id, type, node.path("data"));
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable CloudEvent: " + e.getClass().getSimpleName(), e);
        }
    }

    UUID uuid(String field) {
        String text = data.hasNonNull(field) ? data.get(field).asText() : null;
        return text == null || text.isBlank() ? null : UUID.fromString(text);
    }

    EventContext context() {
        return EventContext.system(data.hasNonNull("requestId") ? data.get("requestId").asText() : null);
    }
}
