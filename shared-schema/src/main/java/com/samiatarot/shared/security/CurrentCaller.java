package com.samiatarot.shared.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.samiatarot.shared.problem.DomainException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Resolves the caller of the current request from its verified JWT ({@code sub} = user id,
 * {@code groups} = [role], {@code upn} = email). A token whose subject is not a UUID or whose role is
 * unknown is treated as no authentication at all.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Optional<Caller> find() {
        if (identity.isAnonymous() || token == null || token.getSubject() == null) {
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
        if (role == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(id, role, token.getName()));
    }

    /** The caller, or 401 when the request carries no valid token. */
    public Caller require() {
        return find().orElseThrow(() -> DomainException.unauthorized("A valid access token is required."));
    }

    /** The caller if they hold one of the roles, otherwise 403 (401 without a token). */
    public Caller requireRole(String... roles) {
        Caller caller = require();
        for (String role : roles) {
            if (role.equals(caller.role())) {
                return caller;
            }
        }
        throw DomainException.forbidden("This operation requires one of the roles " + String.join(", ", roles) + ".");
    }
}
