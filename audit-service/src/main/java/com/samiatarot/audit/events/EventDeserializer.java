package com.samiatarot.audit.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Deserializer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decodes record values inside {@code KafkaConsumer.poll}, on the consumer's polling thread. The connector keeps
 * polling ahead while a batch is being stored, so the next batch is parsed and validated while this one's SQL runs
 * in PostgreSQL, instead of in between (decoding was ~40 % of the service's CPU per event). Never throws: what cannot
 * be decoded arrives as {@link EventDecoder.Rejected}, with its raw text for the dead-letter topic.
 *
 * <p>Kafka instantiates deserializers itself (no CDI): the decoder reads trees with a plain mapper, which parses
 * JSON like the application's.
 */
public class EventDeserializer implements Deserializer<EventDeserializer.Consumed> {

    /** A record value as received and what it decoded to. */
    public record Consumed(String value, EventDecoder.Decoded decoded) {
    }

    private final EventDecoder decoder = new EventDecoder(new ObjectMapper());

    @Override
    public Consumed deserialize(String topic, byte[] data) {
        String value = data == null ? null : new String(data, StandardCharsets.UTF_8);
        return new Consumed(value, decoder.decode(value));
    }
}
