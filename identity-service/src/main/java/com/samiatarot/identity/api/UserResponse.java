package com.samiatarot.identity.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.identity.persistence.User;

public record UserResponse(UUID id, String email, String fullName, String role, boolean isActive,
                           boolean emailVerified, OffsetDateTime createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id, user.email, user.fullName, user.role, user.active, user.emailVerified, user.createdAt);
    }
}
