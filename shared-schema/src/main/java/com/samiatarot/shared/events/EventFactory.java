package com.samiatarot.shared.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds envelopes: the payload record's fields, then the actor and request context, in one flat
 * {@code data} object. The payload must not carry secrets, tokens or chat content (DESIGN §3, §5).
 */
public final class EventFactory {

    private final ObjectMapper mapper;
    private final String source;

    public EventFactory(ObjectMapper mapper, String source) {
        this.mapper = mapper;
        this.source = source;
    }

    public CloudEvent create(String type, Object subject, Object payload, EventContext context) {
        ObjectNode data = payload == null ? mapper.createObjectNode() : mapper.valueToTree(payload);
        if (context != null) {
            putText(data, "actorId", context.actorId() == null ? null : context.actorId().toString());
            putText(data, "actorRole", context.actorRole());
            putText(data, "ip", context.ip());
            putText(data, "userAgent", context.userAgent());
            putText(data, "method", context.method());
            putText(data, "path", context.path());
            putText(data, "requestId", context.requestId());
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), source, type,
                OffsetDateTime.now(ZoneOffset.UTC), String.valueOf(subject), CloudEvent.JSON, data);
    }

    private static void putText(ObjectNode data, String field, String value) {
        if (value == null) {
            data.putNull(field);
        } else {
            data.put(field, value);
        }
    }
}
