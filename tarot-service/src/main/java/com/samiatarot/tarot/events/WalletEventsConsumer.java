package com.samiatarot.tarot.events;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.EventInbox;
import com.samiatarot.tarot.domain.PaymentStatus;
import com.samiatarot.tarot.domain.Readings;

import io.smallrye.mutiny.Uni;

/**
 * The tarot side of the wallet saga: a placed hold lets the reader accept, a failed hold cancels the
 * request, a captured or released hold settles it. Once per event through the shared inbox.
 */
@ApplicationScoped
public class WalletEventsConsumer {

    static final String CONSUMER = "tarot-wallet-saga";
    private static final Logger LOG = Logger.getLogger(WalletEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("wallet.hold_placed", "wallet.hold_failed",
            "wallet.hold_captured", "wallet.hold_released");

    private final Readings readings;
    private final EventInbox inbox;

    public WalletEventsConsumer(Readings readings, EventInbox inbox) {
        this.readings = readings;
        this.inbox = inbox;
    }

    @Incoming("wallet-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, this::apply);
    }

    private Uni<Boolean> apply(CloudEvent event) {
        UUID readingId = event.dataUuid("readingId");
        Uni<Boolean> changed = switch (event.type()) {
            case "wallet.hold_placed" -> readings.holdPlaced(readingId);
            case "wallet.hold_failed" -> readings.holdFailed(readingId, event.consumerContext());
            case "wallet.hold_captured" -> readings.holdSettled(readingId, PaymentStatus.CAPTURED);
            case "wallet.hold_released" -> readings.holdSettled(readingId, PaymentStatus.RELEASED);
            default -> Uni.createFrom().item(false);
        };
        return changed.invoke(applied -> LOG.debugf("wallet event %s for reading %s: %s", event.type(), readingId,
                applied ? "applied" : "no change"));
    }
}
