package com.samiatarot.wallet.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.events.EventFactory;
import com.samiatarot.shared.events.Topics;

/**
 * Outbox rows for a statement that writes the outbox itself: the pipelined withdrawal inserts its events in the same
 * statement as the debit (see {@code PipelinedTransaction}), where the shared {@code OutboxWriter}, which appends
 * through a Hibernate Reactive session, cannot. The rows are the ones OutboxWriter would write: the same envelope
 * (shared EventFactory), topic, key and JSON; the relay cannot tell them apart.
 */
@ApplicationScoped
public class OutboxRows {

    /** The values of one wallet.outbox row (created_at, sent_at and attempts keep their defaults). */
    public record Row(UUID id, String topic, String aggregateId, String eventType, String payload) {
    }

    private final EventFactory factory;
    private final ObjectMapper mapper;
    private final String topic;

    public OutboxRows(ObjectMapper mapper, @ConfigProperty(name = "samia.service.name") String serviceName,
                      @ConfigProperty(name = "samia.service.schema") String schema) {
        this.factory = new EventFactory(mapper, serviceName);
        this.mapper = mapper;
        this.topic = Topics.of(schema);
    }

    public Row of(String type, Object subject, Object payload, EventContext context) {
        CloudEvent event = factory.create(type, subject, payload, context);
        try {
            return new Row(event.id(), topic, event.key(), event.type(), mapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be serialised", e);
        }
    }
}
