package com.samiatarot.audit.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.problem.DomainException;

/**
 * Query parameters arrive as text and are parsed here, so a malformed value is a 400 naming the parameter
 * (JAX-RS would answer 404 for an unconvertible typed query parameter).
 */
final class QueryParams {

    private QueryParams() {
    }

    static UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        UUID id = AuditEntry.uuidOrNull(value.strip());
        if (id == null) {
            throw DomainException.invalidField(name, "must be a UUID");
        }
        return id;
    }

    static OffsetDateTime time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(name, "must be an ISO-8601 timestamp with offset, e.g. 2026-01-31T10:15:30Z");
        }
    }

    static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(name, "must be an ISO-8601 date, e.g. 2026-01-31");
        }
    }

    static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalidField(name, "must be true or false");
        };
    }

    static String text(String name, String value, int maxLength) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > maxLength) {
            throw DomainException.invalidField(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    static String oneOf(String name, String value, java.util.Set<String> allowed) {
        if (blank(value)) {
            return null;
        }
        if (!allowed.contains(value.strip())) {
            throw DomainException.invalidField(name, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
        return value.strip();
    }

    /** The page size; text first so a non-number is a 400 naming {@code limit} too (range rules: shared Cursor). */
    static int limit(String value) {
        if (blank(value)) {
            return Cursor.limit(null);
        }
        try {
            return Cursor.limit(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("limit", "must be an integer between 1 and " + Cursor.MAX_LIMIT);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
