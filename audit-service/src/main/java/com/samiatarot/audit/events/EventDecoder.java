package com.samiatarot.audit.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.shared.events.EventSchemas;

/**
 * Turns a raw record value into an audit entry, or a reason to dead-letter it. Types whose schema a
 * producer has not written yet are accepted when their envelope is valid (recorded as
 * {@code schemaKnown=false}): an audit trail must not lose real events over a missing contract file.
 */
@ApplicationScoped
public class EventDecoder {

    private static final String NO_SCHEMA = "no schema for event type";

    private final ObjectMapper mapper;

    public EventDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public sealed interface Decoded permits Accepted, Rejected {
    }

    public record Accepted(AuditEntry entry) implements Decoded {
    }

    public record Rejected(String reason) implements Decoded {
    }

    public Decoded decode(String value) {
        if (value == null || value.isBlank()) {
            return new Rejected("empty record");
        }
        JsonNode event;
        try {
            event = mapper.readTree(value);
        } catch (Exception e) {
            return new Rejected("not JSON");
        }
        if (event == null || !event.isObject()) {
            return new Rejected("not a JSON object");
        }
        String type = event.path("type").asText("");
        boolean schemaKnown;
        List<String> errors;
        try {
            schemaKnown = EventSchemas.hasSchema(type);
            errors = new ArrayList<>(EventSchemas.validate(event));
        } catch (RuntimeException e) {
            return new Rejected("schema validation failed: " + e.getMessage());
        }
        if (!schemaKnown) {
            errors.removeIf(error -> error.startsWith(NO_SCHEMA));
        }
        if (!errors.isEmpty()) {
            return new Rejected(String.join("; ", errors));
        }
        try {
            return new Accepted(AuditEntry.of(event, schemaKnown));
        } catch (RuntimeException e) {
            // e.g. a time the schema's format check let through but java.time cannot read
            return new Rejected("unreadable event: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
