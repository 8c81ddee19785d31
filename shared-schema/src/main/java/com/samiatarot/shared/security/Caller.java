package com.samiatarot.shared.security;

import java.util.UUID;

/** The authenticated user behind a request, read from the verified access token. */
public record Caller(UUID id, String role, String email) {

    public boolean isAdmin() {
        return Roles.isAdmin(role);
    }

    public boolean isSuperAdmin() {
        return Roles.SUPER_ADMIN.equals(role);
    }

    public boolean is(String expectedRole) {
        return expectedRole.equals(role);
    }

    public boolean isSelfOrAdmin(UUID userId) {
        return id.equals(userId) || isAdmin();
    }

    public RlsClaims claims() {
        return RlsClaims.user(id, role);
    }
}
