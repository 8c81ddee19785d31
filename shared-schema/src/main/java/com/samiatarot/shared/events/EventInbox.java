package com.samiatarot.shared.events;

import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Uni;

/**
 * Exactly-once effects from an at-least-once topic: parse the record, skip types the consumer does not
 * handle, and apply the effect in one service-role transaction together with the processed_events row,
 * so a redelivered record changes nothing and a failed effect leaves no trace. Unreadable records fail
 * the returned Uni (the channel's dead-letter strategy takes them); nothing is half applied.
 */
@ApplicationScoped
public class EventInbox {

    private final ObjectMapper mapper;
    private final Rls rls;
    private final ProcessedEvents processed;

    public EventInbox(ObjectMapper mapper, Rls rls, ProcessedEvents processed) {
        this.mapper = mapper;
        this.rls = rls;
        this.processed = processed;
    }

    /** Applies {@code effect} once per (event id, consumer) for records whose type is in {@code handled}. */
    public Uni<Void> once(String record, String consumer, Set<String> handled, Function<CloudEvent, Uni<?>> effect) {
        CloudEvent event = CloudEvents.parse(mapper, record).orElse(null);
        if (event == null || event.id() == null) {
            return Uni.createFrom().failure(new PoisonEventException("record is not a CloudEvent with id, type and data"));
        }
        if (!handled.contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return rls.asService(() -> processed.firstDelivery(event.id(), consumer)
                .chain(first -> first ? effect.apply(event) : Uni.createFrom().voidItem()))
                .replaceWithVoid();
    }
}
