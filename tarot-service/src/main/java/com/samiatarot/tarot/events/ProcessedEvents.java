package com.samiatarot.tarot.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** tarot.processed_events: a consumer claims an event id in the same transaction as its effect. */
@ApplicationScoped
public class ProcessedEvents {

    /** True when this consumer sees the event for the first time (the effect must then be applied). */
    public Uni<Boolean> claim(UUID eventId, String consumer) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into tarot.processed_events (event_id, consumer) values (?1, ?2)"
                                + " on conflict do nothing")
                        .setParameter(1, eventId)
                        .setParameter(2, consumer)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }
}
