package com.samiatarot.wallet.events;

import com.samiatarot.shared.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.domain.Ledger;

import io.smallrye.mutiny.Uni;

/** user.registered opens the user's wallet (idempotent: processed_events and the unique user_id). */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "wallet-opening";

    private final ObjectMapper mapper;
    private final Rls rls;
    private final ProcessedEvents processed;
    private final Ledger ledger;

    public IdentityEventsConsumer(ObjectMapper mapper, Rls rls, ProcessedEvents processed, Ledger ledger) {
        this.mapper = mapper;
        this.rls = rls;
        this.processed = processed;
        this.ledger = ledger;
    }

    @Incoming("identity-events")
    public Uni<Void> consume(String value) {
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(mapper, value);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        if (!"user.registered".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return rls.asService(() -> processed.firstDelivery(event.id(), CONSUMER).chain(first -> first
                ? ledger.open(event.uuid("userId"), event.context()).replaceWithVoid()
                : Uni.createFrom().voidItem()));
    }
}
