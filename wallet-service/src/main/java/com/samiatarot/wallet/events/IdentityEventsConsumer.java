package com.samiatarot.wallet.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.samiatarot.shared.events.EventInbox;
import com.samiatarot.wallet.domain.Ledger;

import io.smallrye.mutiny.Uni;

/** user.registered opens the user's wallet (idempotent: processed_events and the unique user_id). */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "wallet-opening";
    private static final Set<String> HANDLED = Set.of("user.registered");

    private final EventInbox inbox;
    private final Ledger ledger;

    public IdentityEventsConsumer(EventInbox inbox, Ledger ledger) {
        this.inbox = inbox;
        this.ledger = ledger;
    }

    @Incoming("identity-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, event -> ledger.open(event.dataUuid("userId"), event.consumerContext()));
    }
}
