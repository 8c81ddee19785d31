package com.samiatarot.shared.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * CloudEvents 1.0 structured JSON envelope (DESIGN §3). {@code data} carries the payload plus the actor
 * ({@code actorId}, {@code actorRole}) and request context ({@code ip}, {@code userAgent}, {@code method},
 * {@code path}, {@code requestId}) so an audit row can be complete.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        ObjectNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** The aggregate id: also the Kafka record key, so one aggregate's events stay ordered. */
    public String key() {
        return subject;
    }

    public String dataText(String field) {
        return data == null || !data.hasNonNull(field) ? null : data.get(field).asText();
    }

    /** Required UUID of {@code data}; absent or malformed makes the event poison. */
    public UUID dataUuid(String field) {
        String text = dataText(field);
        try {
            return UUID.fromString(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(type + " data." + field + " is not a UUID");
        }
    }

    /** Optional UUID of {@code data}: null when absent, poison when present but malformed. */
    public UUID optionalDataUuid(String field) {
        return dataText(field) == null ? null : dataUuid(field);
    }

    /** Required decimal of {@code data} (money amounts travel as strings, DESIGN §4). */
    public BigDecimal dataDecimal(String field) {
        try {
            return new BigDecimal(String.valueOf(dataText(field)));
        } catch (NumberFormatException e) {
            throw new PoisonEventException(type + " data." + field + " is not a decimal");
        }
    }

    /** A service-side context that keeps the producing request's id, for effects of this event. */
    public EventContext consumerContext() {
        return EventContext.system(dataText("requestId"));
    }
}
