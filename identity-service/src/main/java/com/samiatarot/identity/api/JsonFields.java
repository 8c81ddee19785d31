package com.samiatarot.identity.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.problem.DomainException;

/**
 * Reads one field of a partial-update body, so PATCH can tell "absent" from "null" (clear) and every
 * refusal names its field. Bodies of partial updates are read as trees for that reason; their allowed
 * and protected field names are checked before any value is read.
 */
final class JsonFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** Refuses protected fields explicitly and anything else not in {@code allowed}. */
    static void checkNames(JsonNode body, Set<String> allowed, Set<String> protectedFields, String where) {
        if (body == null || !body.isObject()) {
            throw DomainException.badRequest("The request body must be a JSON object.");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (protectedFields.contains(name)) {
                throw DomainException.invalidField(name, "cannot be changed through " + where);
            }
            if (!allowed.contains(name)) {
                throw DomainException.invalidField(name, "is not accepted here");
            }
        });
    }

    static String text(JsonNode value, String field, int max, boolean nullable, boolean blankAllowed) {
        if (value.isNull()) {
            if (!nullable) {
                throw DomainException.invalidField(field, "must not be null");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw DomainException.invalidField(field, "must be a string");
        }
        String text = value.asText().strip();
        if (!blankAllowed && text.isEmpty()) {
            throw DomainException.invalidField(field, "must not be blank");
        }
        if (text.length() > max) {
            throw DomainException.invalidField(field, "must be at most " + max + " characters");
        }
        return text;
    }

    static String url(JsonNode value, String field) {
        String text = text(value, field, 2048, true, false);
        if (text == null) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw DomainException.invalidField(field, "must be an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, "must be an http(s) URL");
        }
        return text;
    }

    static LocalDate pastDate(JsonNode value, String field) {
        String text = text(value, field, 10, true, false);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (!date.isBefore(LocalDate.now()) || date.isBefore(LocalDate.of(1900, 1, 1))) {
                throw DomainException.invalidField(field, "must be a date in the past (after 1900)");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, "must be an ISO date (YYYY-MM-DD)");
        }
    }

    static Map<String, Object> object(JsonNode value, String field, boolean nullable) {
        if (value.isNull() && nullable) {
            return null;
        }
        if (!value.isObject()) {
            throw DomainException.invalidField(field, "must be a JSON object");
        }
        if (value.toString().length() > 16_384) {
            throw DomainException.invalidField(field, "is too large (16 KiB at most)");
        }
        return MAPPER.convertValue(value, new TypeReference<Map<String, Object>>() {
        });
    }

    static List<String> strings(JsonNode value, String field, int maxItems, int maxLength) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw DomainException.invalidField(field, "must be an array of at most " + maxItems + " strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxLength) {
                throw DomainException.invalidField(field, "must contain non-blank strings of at most " + maxLength + " characters");
            }
            String text = item.asText().strip();
            if (!result.contains(text)) {
                result.add(text);
            }
        }
        return result;
    }

    static List<UUID> uuids(JsonNode value, String field, int maxItems) {
        List<String> texts = strings(value, field, maxItems, 36);
        if (texts == null) {
            return null;
        }
        try {
            return texts.stream().map(UUID::fromString).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, "must contain UUIDs");
        }
    }

    static Integer integer(JsonNode value, String field, int min, int max) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw DomainException.invalidField(field, "must be a whole number between " + min + " and " + max);
        }
        return value.asInt();
    }

    static BigDecimal decimal(JsonNode value, String field) {
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, "must be a decimal number");
        }
    }

    static boolean bool(JsonNode value, String field) {
        if (!value.isBoolean()) {
            throw DomainException.invalidField(field, "must be true or false");
        }
        return value.asBoolean();
    }
}
