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

    /**
     * A {@link #reliable} producer made on first use, so a service that never sends opens no connection to Kafka
     * (and a broker down at start-up delays nothing), and closed once.
     */
    public static final class Lazy implements AutoCloseable {

        private final String bootstrapServers;
        private final String clientId;
        private final Duration timeout;
        private volatile Producer<String, String> producer;

        private Lazy(String bootstrapServers, String clientId, Duration timeout) {
            this.bootstrapServers = bootstrapServers;
            this.clientId = clientId;
            this.timeout = timeout;
        }

        public Producer<String, String> get() {
            Producer<String, String> current = producer;
            if (current == null) {
                synchronized (this) {
                    if (producer == null) {
                        producer = reliable(bootstrapServers, clientId, timeout);
                    }
                    current = producer;
                }
            }
            return current;
        }

        @Override
        public void close() {
            Producer<String, String> current = producer;
            if (current != null) {
                current.close(Duration.ofSeconds(5));
            }
        }
    }

    public static Lazy lazy(String bootstrapServers, String clientId, Duration timeout) {
        return new Lazy(bootstrapServers, clientId, timeout);
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
