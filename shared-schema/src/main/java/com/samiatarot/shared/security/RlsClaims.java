package com.samiatarot.shared.security;

import java.util.UUID;

/**
 * The claims PostgreSQL sees through {@code request.jwt.claims}: {@code auth.uid()} reads {@code sub},
 * {@code auth.role()} reads {@code role}. Only ever built from a verified token or for background work.
 */
public record RlsClaims(UUID sub, String role) {

    public static RlsClaims service() {
        return new RlsClaims(null, Roles.SERVICE);
    }

    public static RlsClaims anonymous() {
        return new RlsClaims(null, "anon");
    }

    public static RlsClaims user(UUID id, String role) {
        return new RlsClaims(id, role);
    }

    /** Hand-written JSON: both fields are a UUID and a role from a fixed set, nothing to escape. */
    public String toJson() {
        String subject = sub == null ? "null" : '"' + sub.toString() + '"';
        String roleName = role == null ? "null" : '"' + role.replaceAll("[^a-z_]", "") + '"';
        return "{\"sub\":" + subject + ",\"role\":" + roleName + "}";
    }
}
