package com.samiatarot.identity.events;

import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Payload of {@code user.registered}. No email: events carry ids and metadata, not contact data. */
@RegisterForReflection
public record UserRegistered(UUID userId, String fullName, String role, boolean emailVerified) {

    public static final String TYPE = "user.registered";
}
