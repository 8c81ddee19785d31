package com.samiatarot.identity.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.samiatarot.identity.persistence.User;

public record UserResponse(UUID id, String email, String fullName, String role, boolean isActive, boolean emailVerified,
                           String phoneNumber, LocalDate dateOfBirth, String timezone, String profileImageUrl, String bio,
                           Map<String, Object> preferences, Map<String, Object> metadata, OffsetDateTime lastLogin,
                           int loginCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id, user.email, user.fullName, user.role, user.active, user.emailVerified,
                user.phoneNumber, user.dateOfBirth, user.timezone, user.profileImageUrl, user.bio,
                user.preferences == null ? Map.of() : user.preferences, user.metadata == null ? Map.of() : user.metadata,
                user.lastLogin, user.loginCount, user.createdAt, user.updatedAt);
    }
}
