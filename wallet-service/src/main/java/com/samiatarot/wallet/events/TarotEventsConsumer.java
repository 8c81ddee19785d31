package com.samiatarot.wallet.events;

import com.samiatarot.shared.events.ProcessedEvents;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.domain.Money;
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

    private final ObjectMapper mapper;
    private final Rls rls;
    private final ProcessedEvents processed;
    private final ReadingPayments payments;

    public TarotEventsConsumer(ObjectMapper mapper, Rls rls, ProcessedEvents processed, ReadingPayments payments) {
        this.mapper = mapper;
        this.rls = rls;
        this.processed = processed;
        this.payments = payments;
    }

    @Incoming("tarot-events")
    public Uni<Void> consume(String value) {
        IncomingEvent event;
        try {
            event = IncomingEvent.parse(mapper, value);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        if (!HANDLED.contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        UUID readingId;
        try {
            readingId = event.uuid("readingId");
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        if (readingId == null) {
            return Uni.createFrom().failure(new IllegalArgumentException(event.type() + " without readingId"));
        }
        return rls.asService(() -> processed.firstDelivery(event.id(), CONSUMER).chain(first -> {
            if (!first) {
                return Uni.createFrom().voidItem();
            }
            return switch (event.type()) {
                case "reading.requested" -> payments.placeHold(new ReadingPayments.ReadingRequest(readingId,
                        event.uuid("clientId"), event.uuid("readerId"), price(event.data().path("price"))), event.context());
                case "reading.started" -> payments.markStarted(readingId);
                case "reading.completed" -> payments.capture(readingId, event.uuid("readerId"), event.context());
                default -> payments.release(readingId, event.context());
            };
        }));
    }

    private static Money price(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return new Money("0.00", "USD");
        }
        Money money = new Money(node.path("amount").asText(), node.path("currency").asText("USD"));
        money.value(); // malformed amounts fail here, before any write: poison goes to the DLQ
        return Money.of(money.value(), money.currency());
    }
}
