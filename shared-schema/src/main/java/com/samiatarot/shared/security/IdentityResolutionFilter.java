package com.samiatarot.shared.security;

import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Authentication is lazy (so a bad token surfaces as an exception that ProblemMapper turns into a 401
 * problem+json), which would leave the identity unresolved on the event loop: {@link CurrentCaller}
 * could then not read it without blocking. This filter resolves it without blocking before any resource
 * runs and pins it for the request, so every endpoint may ask {@code CurrentCaller} synchronously.
 */
public class IdentityResolutionFilter {

    private final CurrentIdentityAssociation identities;

    public IdentityResolutionFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> resolveIdentity() {
        return identities.getDeferredIdentity()
                .invoke(identities::setIdentity)
                .replaceWithVoid();
    }
}
