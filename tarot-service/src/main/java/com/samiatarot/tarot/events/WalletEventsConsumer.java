package com.samiatarot.tarot.events;

import com.samiatarot.shared.events.ProcessedEvents;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.tarot.domain.PaymentStatus;
import com.samiatarot.tarot.domain.Readings;

import io.smallrye.mutiny.Uni;

/**
 * The tarot side of the wallet saga: a placed hold lets the reader accept, a failed hold cancels the
 * request, a captured or released hold settles it. Idempotent through processed_events.
 */
@ApplicationScoped
public class WalletEventsConsumer {

    static final String CONSUMER = "tarot-wallet-saga";
    private static final Logger LOG = Logger.getLogger(WalletEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("wallet.hold_placed", "wallet.hold_failed",
            "wallet.hold_captured", "wallet.hold_released");

    private final Readings readings;
    private final ProcessedEvents processed;
    private final Rls rls;
    private final ObjectMapper mapper;

    public WalletEventsConsumer(Readings readings, ProcessedEvents processed, Rls rls, ObjectMapper mapper) {
        this.readings = readings;
        this.processed = processed;
        this.rls = rls;
        this.mapper = mapper;
    }

    @Incoming("wallet-events")
    public Uni<Void> consume(String value) {
        JsonNode event;
        try {
            event = mapper.readTree(value);
        } catch (Exception e) {
            return Uni.createFrom().failure(new IllegalArgumentException("wallet event is not JSON"));
        }
        String type = event.path("type").asText("");
        if (!HANDLED.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        UUID eventId;
        UUID readingId;
        try {
            eventId = UUID.fromString(event.path("id").asText());
            readingId = UUID.fromString(event.path("data").path("readingId").asText());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("wallet event " + type + " without valid ids"));
        }
        EventContext context = EventContext.system(event.path("data").path("requestId").asText(null));
        return rls.asService(() -> processed.firstDelivery(eventId, CONSUMER).chain(first -> {
            if (!first) {
                return Uni.createFrom().item(false);
            }
            return switch (type) {
                case "wallet.hold_placed" -> readings.holdPlaced(readingId);
                case "wallet.hold_failed" -> readings.holdFailed(readingId, context);
                case "wallet.hold_captured" -> readings.holdSettled(readingId, PaymentStatus.CAPTURED);
                case "wallet.hold_released" -> readings.holdSettled(readingId, PaymentStatus.RELEASED);
                default -> Uni.createFrom().item(false);
            };
        })).invoke(changed -> LOG.debugf("wallet event %s for reading %s: %s", type, readingId, changed ? "applied" : "no change"))
                .replaceWithVoid();
    }
}
