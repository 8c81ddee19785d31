package com.samiatarot.shared.events;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parts of a consumed CloudEvent a consumer relies on: id, type and data. Reading a required field
 * that is absent or malformed throws {@link PoisonEventException}, which fails the record into the
 * consumer's dead-letter topic instead of applying half an effect.
 */
public record IncomingEvent(UUID id, String type, JsonNode data) {

    /** A record that is not a CloudEvent with a UUID id, a type and an object {@code data} is poison. */
    public static IncomingEvent parse(ObjectMapper mapper, String value) {
        JsonNode node;
        try {
            node = value == null ? null : mapper.readTree(value);
        } catch (Exception e) {
            throw new PoisonEventException("record is not JSON");
        }
        if (node == null || !node.isObject() || !node.hasNonNull("type") || !node.path("data").isObject()) {
            throw new PoisonEventException("record is not a CloudEvent with type and data");
        }
        return new IncomingEvent(uuid(node.path("id"), "id"), node.get("type").asText(), node.get("data"));
    }

    /** Required UUID field of {@code data}. */
    public UUID uuid(String field) {
        return uuid(data.path(field), type + " data." + field);
    }

    /** Optional UUID field of {@code data}: null when absent, poison when present but not a UUID. */
    public UUID optionalUuid(String field) {
        return data.hasNonNull(field) ? uuid(field) : null;
    }

    /** Optional text field of {@code data}. */
    public String text(String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    /** Required decimal field of {@code data} (money amounts travel as strings, DESIGN §4). */
    public BigDecimal decimal(String field) {
        try {
            return new BigDecimal(data.path(field).asText(""));
        } catch (NumberFormatException e) {
            throw new PoisonEventException(type + " data." + field + " is not a decimal");
        }
    }

    /** The request id the producing request carried, so effects of this event keep its trace. */
    public EventContext context() {
        return EventContext.system(text("requestId"));
    }

    private static UUID uuid(JsonNode node, String what) {
        try {
            return UUID.fromString(node.asText(""));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(what + " is not a UUID");
        }
    }

    /** An event this consumer can never apply, however often it is redelivered. */
    public static final class PoisonEventException extends IllegalArgumentException {
        public PoisonEventException(String reason) {
            super(reason);
        }
    }
}
