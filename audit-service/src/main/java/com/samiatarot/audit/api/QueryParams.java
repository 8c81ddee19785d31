package com.samiatarot.audit.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.shared.problem.DomainException;

/**
 * Query parameters arrive as text and are parsed here, so a malformed value is a 400 naming the parameter
 * (JAX-RS would answer 404 for an unconvertible typed query parameter).
 */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

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

    static int limit(String value) {
        if (blank(value)) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DomainException.invalidField("limit", "must be an integer between 1 and " + MAX_LIMIT);
    }

    /** A position in a newest-first list: the sort key (timestamp, id) of the last row returned. */
    record Cursor(OffsetDateTime time, UUID id) {

        static Cursor decode(String value) {
            if (blank(value)) {
                return null;
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return new Cursor(OffsetDateTime.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw DomainException.invalidField("cursor", "is not a cursor returned by this list");
            }
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((time + "|" + id).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
