package com.samiatarot.identity.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.samiatarot.shared.api.Money;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Payloads of the identity.events catalog (docs/EVENTS.md), besides {@link UserRegistered}. Ids and
 * metadata only: never an email, a password, a token or a sensitive configuration value.
 */
public final class IdentityEvents {

    public static final String EMAIL_VERIFIED = "user.email_verified";
    public static final String LOGGED_IN = "user.logged_in";
    public static final String LOGIN_FAILED = "user.login_failed";
    public static final String PASSWORD_CHANGED = "user.password_changed";
    public static final String PASSWORD_RESET_REQUESTED = "user.password_reset_requested";
    public static final String ROLE_CHANGED = "user.role_changed";
    public static final String DEACTIVATED = "user.deactivated";
    public static final String REACTIVATED = "user.reactivated";
    public static final String DELETED = "user.deleted";
    public static final String PROFILE_UPDATED = "profile.updated";
    public static final String READER_STATUS_CHANGED = "reader.status_changed";
    public static final String TOKEN_REUSE_DETECTED = "token.reuse_detected";
    public static final String CONFIG_CHANGED = "config.changed";

    private IdentityEvents() {
    }

    @RegisterForReflection
    public record UserRef(UUID userId) {
    }

    /** subject = accountKey, so a burst against one account is one ordered stream. */
    @RegisterForReflection
    public record LoginFailed(UUID userId, String accountKey, String reason) {
    }

    @RegisterForReflection
    public record PasswordChanged(UUID userId, String via) {
    }

    @RegisterForReflection
    public record RoleChanged(UUID userId, String oldRole, String newRole,
                              Map<String, Object> oldValues, Map<String, Object> newValues) {
        public static RoleChanged of(UUID userId, String oldRole, String newRole) {
            return new RoleChanged(userId, oldRole, newRole, Map.of("role", oldRole), Map.of("role", newRole));
        }
    }

    @RegisterForReflection
    public record Deactivated(UUID userId, String reason) {
    }

    @RegisterForReflection
    public record ProfileUpdated(UUID userId, String profileType, String fullName, String profileImageUrl, String bio,
                                 List<String> specializations, List<String> languages, Money readingRate,
                                 Integer experienceYears, List<Map<String, Object>> availabilitySchedule) {
    }

    @RegisterForReflection
    public record ReaderStatusChanged(UUID userId, boolean online) {
    }

    @RegisterForReflection
    public record TokenReuseDetected(UUID userId, UUID familyId) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfigChanged(String configKey, boolean sensitive, Map<String, Object> oldValues, Map<String, Object> newValues) {
    }
}
