package com.samiatarot.wallet.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Records a consumed event id in the current transaction; false when it was already processed. */
@ApplicationScoped
public class ProcessedEvents {

    private static final String CLAIM = "insert into wallet.processed_events (event_id, consumer) values (:e, :c) on conflict do nothing";

    public Uni<Boolean> firstTime(UUID eventId, String consumer) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CLAIM).setParameter("e", eventId).setParameter("c", consumer)
                .executeUpdate()).map(count -> count == 1);
    }
}
