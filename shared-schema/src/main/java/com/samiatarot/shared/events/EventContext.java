package com.samiatarot.shared.events;

import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Who caused an event and through which request. Background work (consumers, schedulers) uses
 * {@link #system(String)}: the actor is the service itself and there is no HTTP request.
 */
@RegisterForReflection
public record EventContext(
        UUID actorId,
        String actorRole,
        String ip,
        String userAgent,
        String method,
        String path,
        String requestId) {

    public static EventContext system(String requestId) {
        return new EventContext(null, "service", null, null, null, null, requestId);
    }

    public EventContext withActor(UUID actorId, String actorRole) {
        return new EventContext(actorId, actorRole, ip, userAgent, method, path, requestId);
    }
}
