package com.samiatarot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.events.EventSchemas;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

/**
 * Hand-built CloudEvents (envelope per shared-schema envelope.json, payloads per docs/EVENTS.md), sent to
 * the real broker the way a producer's outbox relay would, and small readers of what audit-service stored.
 */
public final class Events {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Events() {
    }

    /** A CloudEvent with the actor and request context every producer adds to data. */
    public static ObjectNode event(String type, String subject, UUID actorId, String actorRole, Map<String, Object> payload) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", sourceOf(type));
        event.put("type", type);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("subject", subject);
        event.put("datacontenttype", "application/json");
        ObjectNode data = MAPPER.valueToTree(payload);
        data.put("actorId", actorId == null ? null : actorId.toString());
        data.put("actorRole", actorRole);
        data.put("ip", "203.0.113.7");
        data.put("userAgent", "JUnit/5");
        data.put("method", "POST");
        data.put("path", "/api/v1/test");
        data.put("requestId", UUID.randomUUID().toString());
        event.set("data", data);
        return event;
    }

    public static ObjectNode withIp(ObjectNode event, String ip) {
        ((ObjectNode) event.get("data")).put("ip", ip);
        return event;
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    public static String sourceOf(String type) {
        String aggregate = type.substring(0, type.indexOf('.'));
        return switch (aggregate) {
            case "reading", "spread" -> "tarot-service";
            case "wallet", "transaction", "payment_method", "withdrawal" -> "wallet-service";
            case "room", "message", "call" -> "chat-service";
            default -> "identity-service";
        };
    }

    public static String topicOf(String source) {
        return source.replace("-service", "") + ".events";
    }

    public static void send(ObjectNode... events) {
        send(List.of(events));
    }

    /**
     * Sends well-formed events: each must satisfy the contracts shared-schema holds now (a test event that
     * drifted from a producer's schema would be dead-lettered and fail far from the cause).
     */
    public static synchronized void send(List<ObjectNode> events) {
        for (ObjectNode event : events) {
            List<String> errors = new java.util.ArrayList<>(EventSchemas.validate(event));
            errors.removeIf(error -> error.startsWith("no schema for event type"));
            if (!errors.isEmpty()) {
                throw new AssertionError("test event breaks its contract: " + errors + "\n" + event);
            }
        }
        sendUnchecked(events);
    }

    public static void sendUnchecked(ObjectNode... events) {
        sendUnchecked(List.of(events));
    }

    public static synchronized void sendUnchecked(List<ObjectNode> events) {
        try {
            for (ObjectNode event : events) {
                producer().send(new ProducerRecord<>(topicOf(event.path("source").asText()),
                        event.path("subject").asText(), event.toString())).get();
            }
        } catch (Exception e) {
            throw new AssertionError("could not send test events", e);
        }
    }

    public static synchronized void sendRaw(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not send a raw record", e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static String id(ObjectNode event) {
        return event.path("id").asText();
    }

    /** sha-256 hex, the way identity-service keys failed logins by normalized email. */
    public static String accountKey(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomIp() {
        java.util.Random random = new java.util.Random();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    // ---- reading what audit-service stored (as the owner: the test looks past RLS on purpose) ----

    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Sql owner = Sql.as("audit_owner")) {
            return owner.query(sql, params);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static long count(String sql, Object... params) {
        try (Sql owner = Sql.as("audit_owner")) {
            return ((Number) owner.scalar(sql, params)).longValue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static long auditRows(ObjectNode event) {
        return count("select count(*) from audit.audit_logs where event_id = ?::uuid", id(event));
    }
}
