package com.samiatarot.audit.events;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.shared.events.EventSchemas;

/**
 * Turns a raw record value into an audit entry, or a reason to dead-letter it. Types whose schema a
 * producer has not written yet are accepted when their envelope is valid (recorded as
 * {@code schemaKnown=false}): an audit trail must not lose real events over a missing contract file. Runs inside
 * {@link EventDeserializer}; stateless and thread-safe.
 */
public class EventDecoder {

    private static final String NO_SCHEMA = "no schema for event type";

    // A reader resolves the tree type once; ObjectMapper.readTree(String) looks it up on every record.
    private final ObjectReader reader;

    public EventDecoder(ObjectMapper mapper) {
        this.reader = mapper.reader();
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
            event = reader.readTree(value);
        } catch (Exception e) {
            return new Rejected("not JSON");
        }
        if (event == null || !event.isObject()) {
            return new Rejected("not a JSON object");
        }
        List<String> errors;
        try {
            errors = new ArrayList<>(EventSchemas.validate(event));
        } catch (RuntimeException e) {
            return new Rejected("schema validation failed: " + e.getMessage());
        }
        // validate() reports the missing schema of the event's type as this one message (its other messages start
        // with "envelope: " or the type): no second lookup of the schema per record.
        boolean schemaKnown = !errors.removeIf(error -> error.startsWith(NO_SCHEMA));
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
