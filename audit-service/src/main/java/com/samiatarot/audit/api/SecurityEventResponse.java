package com.samiatarot.audit.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.persistence.SecurityEventStore.SecurityEventRow;

@RegisterForReflection
public record SecurityEventResponse(UUID id, UUID userId, String eventType, String severity, String description,
                                    String ipAddress, String userAgent, JsonNode geolocation, String detectionMethod,
                                    BigDecimal confidenceScore, String status, UUID assignedTo, String resolutionNotes,
                                    OffsetDateTime timestamp, OffsetDateTime resolvedAt, OffsetDateTime lastSeenAt,
                                    JsonNode metadata) {

    static SecurityEventResponse of(SecurityEventRow r, ObjectMapper mapper) {
        return new SecurityEventResponse(r.id(), r.userId(), r.eventType(), r.severity(), r.description(), r.ipAddress(),
                r.userAgent(), Json.tree(mapper, r.geolocation()), r.detectionMethod(), r.confidenceScore(), r.status(),
                r.assignedTo(), r.resolutionNotes(), r.timestamp(), r.resolvedAt(), r.lastSeenAt(),
                Json.tree(mapper, r.metadata()));
    }
}
