package com.samiatarot.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.Topics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Appends an event to this service's outbox inside the caller's current Hibernate Reactive
 * transaction: the event exists if and only if the domain change commits.
 */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper mapper;
    private final String insert;
    private final String topic;

    public OutboxWriter(ObjectMapper mapper,
                        @ConfigProperty(name = "samia.service.schema") String schema) {
        this.mapper = mapper;
        this.topic = Topics.of(schema);
        this.insert = "insert into " + schema + ".outbox (id, topic, aggregate_id, event_type, payload)"
                // text first: bound straight to jsonb, Vert.x would store the JSON as one string value
                + " values (?1, ?2, ?3, ?4, cast(cast(?5 as text) as jsonb))";
    }

    public Uni<Void> append(CloudEvent event) {
        String json = toJson(event);
        return Panache.getSession().chain(session -> session.createNativeQuery(insert)
                        .setParameter(1, event.id())
                        .setParameter(2, topic)
                        .setParameter(3, event.key())
                        .setParameter(4, event.type())
                        .setParameter(5, json)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private String toJson(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
