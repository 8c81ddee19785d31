package com.samiatarot.audit.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.events.Topics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends records the consumer cannot turn into audit rows to {@code audit.dlq}: the original value
 * untouched inside a small JSON wrapper naming the reason and the record's origin, so the partition
 * moves on and an operator can replay the record once its producer is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;
    private final Counter deadLettered;

    public DeadLetters(@Channel("audit-dlq") MutinyEmitter<String> emitter, ObjectMapper mapper, MeterRegistry registry) {
        this.emitter = emitter;
        this.mapper = mapper;
        this.deadLettered = Counter.builder("audit_dlq_records")
                .description("Records sent to " + Topics.AUDIT_DLQ + " because they could not be ingested")
                .register(registry);
    }

    /** {@code value}: the record's value as received (its text). */
    public Uni<Void> send(ConsumerRecord<String, ?> record, String value, String reason) {
        String shortReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        ObjectNode letter = mapper.createObjectNode();
        letter.put("reason", shortReason);
        letter.put("topic", record.topic());
        letter.put("partition", record.partition());
        letter.put("offset", record.offset());
        letter.put("key", record.key());
        letter.put("deadLetteredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        letter.put("payload", value);
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", shortReason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(letter.toString()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build());
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                shortReason.length() > 200 ? shortReason.substring(0, 200) : shortReason);
        // Kafka unreachable: wait rather than skip; offsets of this batch stay uncommitted meanwhile.
        return emitter.sendMessage(message)
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .invoke(() -> deadLettered.increment());
    }
}
