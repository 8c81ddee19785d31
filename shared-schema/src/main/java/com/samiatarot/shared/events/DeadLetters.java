package com.samiatarot.shared.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A consumer's dead-letter topic ({@code <schema>.dlq}): the record as it was, with the headers SmallRye's own
 * dead-letter strategy writes (reason, cause, where it came from), so tools reading either see the same thing.
 * The returned Uni completes once Kafka acknowledged, so the record's offset is committed only after that.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Counter sent;
    private final KafkaProducers.Lazy producer;

    public DeadLetters(@ConfigProperty(name = "samia.service.schema") String schema,
                       @ConfigProperty(name = "samia.events.dead-letter-topic") java.util.Optional<String> topic,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrapServers,
                       MeterRegistry registry) {
        this.topic = topic.orElse(schema + ".dlq");
        this.producer = KafkaProducers.lazy(bootstrapServers, schema + "-dead-letters-" + UUID.randomUUID().toString().substring(0, 8),
                SEND_TIMEOUT);
        this.sent = Counter.builder("events_dead_lettered").description("Consumed records sent to the dead-letter topic")
                .tag("topic", this.topic).register(registry);
    }

    public String topic() {
        return topic;
    }

    public Uni<Void> send(ConsumerRecord<String, String> record, Throwable reason) {
        return Uni.createFrom().<Void>emitter(emitter -> {
            ProducerRecord<String, String> dead = new ProducerRecord<>(topic, record.key(), record.value());
            Headers headers = dead.headers();
            record.headers().forEach(headers::add);
            String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
            headers.add("dead-letter-reason", bytes(message));
            if (reason.getCause() != null && reason.getCause().getMessage() != null) {
                headers.add("dead-letter-cause", bytes(reason.getCause().getMessage()));
            }
            headers.add("dead-letter-exception-class-name", bytes(reason.getClass().getName()));
            headers.add("dead-letter-topic", bytes(record.topic()));
            headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
            headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
            producer.get().send(dead, (metadata, failure) -> {
                if (failure != null) {
                    emitter.fail(failure);
                } else {
                    sent.increment();
                    LOG.warnf("%s[%d]@%d dead-lettered to %s: %s", record.topic(), record.partition(), record.offset(), topic, message);
                    emitter.complete(null);
                }
            });
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // send() may block while Kafka has no metadata
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
