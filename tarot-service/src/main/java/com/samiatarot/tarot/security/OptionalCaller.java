package com.samiatarot.tarot.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The caller of a public endpoint that behaves differently for signed-in users (e.g. own private
 * spreads). Authentication is lazy platform-wide and CurrentCaller would block the event loop to resolve
 * it, so the identity is resolved asynchronously here and read with CurrentCaller's rules (subject a UUID,
 * role one of the platform roles); a request without a token is simply anonymous.
 * (Small local copy of CurrentCaller.find: shared-schema has no non-blocking variant yet.)
 */
@RequestScoped
public class OptionalCaller {

    private final CurrentIdentityAssociation association;

    public OptionalCaller(CurrentIdentityAssociation association) {
        this.association = association;
    }

    public Uni<Optional<Caller>> find() {
        return association.getDeferredIdentity().map(OptionalCaller::caller);
    }

    static Optional<Caller> caller(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getSubject() == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String role = token.getGroups() == null ? null
                : token.getGroups().stream().filter(Roles.ALL::contains).findFirst().orElse(null);
        return role == null ? Optional.empty() : Optional.of(new Caller(id, role, token.getName()));
    }
}
