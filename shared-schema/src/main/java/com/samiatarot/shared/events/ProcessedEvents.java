package com.samiatarot.shared.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotent consumption: records an event id for a consumer in the caller's transaction and says
 * whether this is its first delivery. Apply the effect only when it is, in the same transaction, so a
 * redelivered record (Kafka is at-least-once) changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final String insert;

    public ProcessedEvents(@ConfigProperty(name = "samia.service.schema") String schema) {
        this.insert = "insert into " + schema + ".processed_events (event_id, consumer) values (?1, ?2) on conflict do nothing";
    }

    /** True on the first delivery of {@code eventId} to {@code consumer}; false for a duplicate. */
    public Uni<Boolean> firstDelivery(UUID eventId, String consumer) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(insert)
                        .setParameter(1, eventId)
                        .setParameter(2, consumer)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
