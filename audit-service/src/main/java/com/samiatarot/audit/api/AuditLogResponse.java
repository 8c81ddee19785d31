package com.samiatarot.audit.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.persistence.AuditLogStore.AuditLogRow;

@RegisterForReflection
public record AuditLogResponse(UUID id, UUID eventId, UUID userId, String action, String resourceType, UUID resourceId,
                               String ipAddress, String userAgent, String requestMethod, String requestPath,
                               JsonNode oldValues, JsonNode newValues, Boolean success, String errorMessage,
                               JsonNode metadata, OffsetDateTime timestamp) {

    static AuditLogResponse of(AuditLogRow r, ObjectMapper mapper) {
        return new AuditLogResponse(r.id(), r.eventId(), r.userId(), r.action(), r.resourceType(), r.resourceId(),
                r.ipAddress(), r.userAgent(), r.requestMethod(), r.requestPath(), Json.tree(mapper, r.oldValues()),
                Json.tree(mapper, r.newValues()), r.success(), r.errorMessage(), Json.tree(mapper, r.metadata()),
                r.timestamp());
    }
}
