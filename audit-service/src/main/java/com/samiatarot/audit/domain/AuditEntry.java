package com.samiatarot.audit.domain;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        ObjectNode data,
        String metadataJson) {

    /** Data fields that become columns rather than metadata. */
    private static final Set<String> COLUMN_FIELDS = Set.of("actorId", "ip", "userAgent", "method", "path",
            "oldValues", "newValues");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");

    /**
     * Builds the row from an event that already passed envelope validation. The event's tree is the entry's from
     * here on (no copy): the metadata shares its nodes, and nothing changes either afterwards.
     */
    public static AuditEntry of(JsonNode event, boolean schemaKnown) {
        String type = event.path("type").asText();
        String subject = event.path("subject").asText();
        ObjectNode data = (ObjectNode) event.path("data");
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
                time(event.path("time").asText()).truncatedTo(ChronoUnit.MICROS),
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
                data,
                // serialized here, on the decoding worker, rather than on the event loop that runs the batch's SQL
                metadata.toString());
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

    /**
     * The UUID of canonical text (8-4-4-4-12 hex digits, either case), else null. Checked and parsed in one pass:
     * several ids of every event go through here, and a regex plus {@link UUID#fromString} cost several times more.
     */
    public static UUID uuidOrNull(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        long msb = 0;
        long lsb = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0 || c > 'f') { // Character.digit also takes non-ASCII digits
                return null;
            }
            if (digits++ < 16) {
                msb = msb << 4 | v;
            } else {
                lsb = lsb << 4 | v;
            }
        }
        return new UUID(msb, lsb);
    }

    /**
     * What {@link OffsetDateTime#parse} makes of the text. The shape producers write (yyyy-MM-ddTHH:mm:ss, an
     * optional fraction of 1-9 digits, then Z or ±HH:MM) is read directly: the formatter's general machinery cost
     * more than parsing the whole rest of the event. Anything else, valid or not, goes through parse as before.
     */
    static OffsetDateTime time(String text) {
        OffsetDateTime common = commonTime(text);
        return common != null ? common : OffsetDateTime.parse(text);
    }

    private static OffsetDateTime commonTime(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nano = nano * 10 + (s.charAt(i++) - '0');
            }
            if (i == start || (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, 2);
            int minutes = digits(s, i + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // e.g. February 30th: parse reports it
        }
    }

    /** The decimal number of count ASCII digits at from, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Only literal addresses reach the inet column; anything else would fail the whole batch. */
    static String ipOrNull(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.strip();
        if (isIpv4(candidate)) {
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

    /** Four dot-separated decimal octets 0-255 without leading zeros ("10.0.0.1", not "010.0.0.1"). */
    static boolean isIpv4(String s) {
        int octets = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            int value = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return false;
                }
            }
            int len = i - start;
            if (len == 0 || value > 255 || (len > 1 && s.charAt(start) == '0')) {
                return false;
            }
            octets++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != '.' || octets == 4) {
                return false;
            }
            i++;
            if (i == n) {
                return false; // trailing dot
            }
        }
        return octets == 4;
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
