package com.samiatarot.shared.events;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** The one producer setup for records that must not be lost or duplicated: the outbox relay's and the dead letters'. */
public final class KafkaProducers {

    private KafkaProducers() {
    }

    /** acks=all and idempotent; {@code timeout} bounds a send from call to acknowledgement. */
    public static Producer<String, String> reliable(String bootstrapServers, String clientId, Duration timeout) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        int millis = (int) timeout.toMillis();
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.max(1000, millis - 1000)));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(millis));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(millis));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
