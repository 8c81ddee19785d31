package com.samiatarot.wallet.events;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.api.Money;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.EventInbox;
import com.samiatarot.shared.events.PoisonEventException;
import com.samiatarot.wallet.domain.ReadingPayments;

import io.smallrye.mutiny.Uni;

/**
 * The reading payment saga's inbound side (tarot.events): requested → hold, started → no expiry,
 * completed → capture, cancelled → release. One service transaction per event with its processed_events row.
 */
@ApplicationScoped
public class TarotEventsConsumer {

    static final String CONSUMER = "reading-payments";
    private static final Set<String> HANDLED = Set.of("reading.requested", "reading.started", "reading.completed", "reading.cancelled");

    private final EventInbox inbox;
    private final ReadingPayments payments;

    public TarotEventsConsumer(EventInbox inbox, ReadingPayments payments) {
        this.inbox = inbox;
        this.payments = payments;
    }

    @Incoming("tarot-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, this::apply);
    }

    private Uni<?> apply(CloudEvent event) {
        UUID readingId = event.dataUuid("readingId");
        return switch (event.type()) {
            case "reading.requested" -> payments.placeHold(new ReadingPayments.ReadingRequest(readingId,
                    event.dataUuid("clientId"), event.dataUuid("readerId"), price(event.data().path("price"))), event.consumerContext());
            case "reading.started" -> payments.markStarted(readingId);
            case "reading.completed" -> payments.capture(readingId, event.dataUuid("readerId"), event.consumerContext());
            default -> payments.release(readingId, event.consumerContext());
        };
    }

    private static Money price(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return new Money("0.00", "USD");
        }
        try {
            return Money.of(new Money(node.path("amount").asText(), node.path("currency").asText("USD")).value(),
                    node.path("currency").asText("USD"));
        } catch (NumberFormatException e) {
            throw new PoisonEventException("reading.requested price is not a decimal");
        }
    }
}
