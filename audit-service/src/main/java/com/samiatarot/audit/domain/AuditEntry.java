package com.samiatarot.audit.domain;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One audit_logs row, derived from one CloudEvent: who (actor), did what (type) to which aggregate
 * (subject), from where (request context), with which result, plus everything else the event carried.
 */
public record AuditEntry(
        UUID eventId,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        UUID userId,
        String resourceType,
        UUID resourceId,
        String ip,
        String userAgent,
        String method,
        String path,
        JsonNode oldValues,
        JsonNode newValues,
        boolean success,
        String errorMessage,
        ObjectNode metadata,
        ObjectNode data) {

    /** Data fields that become columns rather than metadata. */
    private static final Set<String> COLUMN_FIELDS = Set.of("actorId", "ip", "userAgent", "method", "path",
            "oldValues", "newValues");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern IPV4 = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");

    /** Builds the row from an event that already passed envelope validation. */
    public static AuditEntry of(JsonNode event, boolean schemaKnown) {
        String type = event.path("type").asText();
        String subject = event.path("subject").asText();
        ObjectNode data = event.path("data") instanceof ObjectNode node ? node.deepCopy() : event.path("data").deepCopy();
        UUID actor = uuidOrNull(text(data, "actorId"));
        UUID user = actor != null ? actor : uuidOrNull(text(data, "userId"));
        int dot = type.indexOf('.');
        String aggregate = dot > 0 ? type.substring(0, dot) : type;
        String verb = dot > 0 ? type.substring(dot + 1) : type;
        boolean failed = verb.equals("failed") || verb.endsWith("_failed") || verb.endsWith("denied");

        ObjectNode metadata = data.objectNode();
        data.fields().forEachRemaining(field -> {
            if (!COLUMN_FIELDS.contains(field.getKey())) {
                metadata.set(field.getKey(), field.getValue());
            }
        });
        if ("user.login_failed".equals(type) && !metadata.hasNonNull("accountKey")) {
            metadata.put("accountKey", subject);
        }
        metadata.put("eventSource", event.path("source").asText());
        metadata.put("eventSubject", subject);
        metadata.put("schemaKnown", schemaKnown);

        return new AuditEntry(
                UUID.fromString(event.path("id").asText()),
                truncate(type, 100),
                event.path("source").asText(),
                subject,
                // PostgreSQL keeps microseconds (rounding); the window queries bind Java times (truncating): truncate
                // here so the stored time and every comparison against it agree.
                OffsetDateTime.parse(event.path("time").asText()).truncatedTo(ChronoUnit.MICROS),
                user,
                truncate(aggregate, 100),
                uuidOrNull(subject),
                ipOrNull(text(data, "ip")),
                text(data, "userAgent"),
                truncate(text(data, "method"), 10),
                text(data, "path"),
                objectOrNull(data.get("oldValues")),
                objectOrNull(data.get("newValues")),
                !failed,
                failed ? firstText(data, "reason", "error", "errorMessage") : null,
                metadata,
                data);
    }

    public String accountKey() {
        return text(metadata, "accountKey");
    }

    public String dataText(String field) {
        return text(data, field);
    }

    public UUID dataUuid(String field) {
        return uuidOrNull(text(data, field));
    }

    public static UUID uuidOrNull(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
    }

    /** Only literal addresses reach the inet column; anything else would fail the whole batch. */
    static String ipOrNull(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.strip();
        if (IPV4.matcher(candidate).matches()) {
            return candidate;
        }
        if (candidate.contains(":") && IPV6.matcher(candidate).matches()) {
            try {
                // A literal containing ':' is parsed, never resolved through DNS.
                return java.net.InetAddress.getByName(candidate).getHostAddress();
            } catch (java.net.UnknownHostException | SecurityException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static JsonNode objectOrNull(JsonNode node) {
        return node != null && node.isObject() ? node : null;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
