package com.samiatarot.shared.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes the real Kafka broker from tests: collects the CloudEvents on a topic that match a
 * predicate, or sends raw records (duplicates, poison) the way a faulty producer would.
 */
public final class KafkaProbe implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> unmatched = new ArrayList<>();

    private KafkaProbe(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        // Join the group and fix the "latest" position now, so only records sent after this call are seen.
        long deadline = System.currentTimeMillis() + 20_000;
        while (consumer.assignment().isEmpty() && System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.assignment().forEach(consumer::position);
    }

    /** Starts listening to {@code topic} from its current end. */
    public static KafkaProbe listen(String topic) {
        return new KafkaProbe(topic);
    }

    public static String bootstrapServers() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    /** Waits until an event matching {@code filter} arrives; fails after {@code timeout}. */
    public JsonNode await(Predicate<JsonNode> filter, Duration timeout) {
        List<JsonNode> found = awaitAll(filter, 1, timeout);
        return found.get(0);
    }

    public List<JsonNode> awaitAll(Predicate<JsonNode> filter, int count, Duration timeout) {
        List<JsonNode> matches = takeBuffered(filter, count);
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (matches.size() < count && System.currentTimeMillis() < deadline) {
            pollInto(matches, filter, count);
        }
        if (matches.size() < count) {
            throw new AssertionError("expected " + count + " matching events within " + timeout + ", saw " + matches.size());
        }
        return matches;
    }

    /** Everything matching that arrives within {@code window}: for asserting that something did NOT happen. */
    public List<JsonNode> collect(Predicate<JsonNode> filter, Duration window) {
        List<JsonNode> matches = takeBuffered(filter, Integer.MAX_VALUE);
        long deadline = System.currentTimeMillis() + window.toMillis();
        while (System.currentTimeMillis() < deadline) {
            pollInto(matches, filter, Integer.MAX_VALUE);
        }
        return matches;
    }

    /**
     * Records that did not match an earlier wait stay buffered for the next one: two events published
     * together often arrive in one poll, and awaiting them one after the other must see both.
     */
    private List<JsonNode> takeBuffered(Predicate<JsonNode> filter, int count) {
        List<JsonNode> matches = new ArrayList<>();
        for (Iterator<JsonNode> it = unmatched.iterator(); it.hasNext() && matches.size() < count; ) {
            JsonNode event = it.next();
            if (filter.test(event)) {
                matches.add(event);
                it.remove();
            }
        }
        return matches;
    }

    private void pollInto(List<JsonNode> matches, Predicate<JsonNode> filter, int count) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            JsonNode event = parse(record.value());
            if (event == null) {
                continue;
            }
            if (matches.size() < count && filter.test(event)) {
                matches.add(event);
            } else {
                unmatched.add(event);
            }
        }
    }

    public static Predicate<JsonNode> ofType(String type, String subject) {
        return event -> type.equals(event.path("type").asText()) && subject.equals(event.path("subject").asText());
    }

    /** Sends raw records (key, value) to a topic and waits for the broker's acknowledgement. */
    public static void send(String topic, Map<String, String> keyedValues) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (Map.Entry<String, String> entry : keyedValues.entrySet()) {
                producer.send(new ProducerRecord<>(topic, entry.getKey(), entry.getValue())).get();
            }
        } catch (Exception e) {
            throw new AssertionError("could not send test records to " + topic, e);
        }
    }

    public static void send(String topic, String key, String value) {
        send(topic, Map.of(key, value));
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? null : MAPPER.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
