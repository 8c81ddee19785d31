package com.samiatarot.tarot.events;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.EventInbox;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.tarot.persistence.ReaderRepository;

import io.smallrye.mutiny.Uni;

/**
 * Keeps tarot.readers in step with identity: names, roles, profiles (rates, specializations), online
 * status and account state. Once per event through the shared inbox; records it cannot read go to tarot.dlq.
 */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "tarot-readers";
    private static final Logger LOG = Logger.getLogger(IdentityEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("user.registered", "user.role_changed", "profile.updated",
            "reader.status_changed", "user.deactivated", "user.reactivated", "user.deleted");

    private final ReaderRepository readers;
    private final EventInbox inbox;

    public IdentityEventsConsumer(ReaderRepository readers, EventInbox inbox) {
        this.readers = readers;
        this.inbox = inbox;
    }

    @Incoming("identity-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, this::apply);
    }

    private Uni<Integer> apply(CloudEvent event) {
        UUID userId = event.dataUuid("userId");
        JsonNode data = event.data();
        Uni<Integer> applied = switch (event.type()) {
            case "user.registered" -> readers.upsertRegistered(userId, event.dataText("fullName"),
                    Roles.READER.equals(event.dataText("role")));
            case "user.role_changed" -> readers.upsertRole(userId, Roles.READER.equals(event.dataText("newRole")));
            case "profile.updated" -> {
                JsonNode rate = data.path("readingRate");
                BigDecimal amount = rate.hasNonNull("amount") ? new BigDecimal(rate.get("amount").asText()) : null;
                String currency = rate.hasNonNull("currency") ? rate.get("currency").asText() : null;
                yield readers.upsertProfile(userId, event.dataText("fullName"), event.dataText("profileImageUrl"),
                        event.dataText("bio"), array(data, "specializations"), array(data, "languages"), amount, currency,
                        schedule(data));
            }
            case "reader.status_changed" -> readers.upsertOnline(userId, data.path("online").asBoolean(false));
            case "user.deactivated" -> readers.upsertActive(userId, false);
            case "user.reactivated" -> readers.upsertActive(userId, true);
            case "user.deleted" -> readers.markDeleted(userId);
            default -> Uni.createFrom().item(0);
        };
        return applied.invoke(rows -> LOG.debugf("identity event %s applied to reader projection (%d rows)", event.type(), rows));
    }

    /** The weekly slots if the event carries availabilitySchedule (null or an array), else null: keep what we know. */
    private static String schedule(JsonNode data) {
        if (!data.has("availabilitySchedule")) {
            return null;
        }
        JsonNode slots = data.get("availabilitySchedule");
        return slots.isArray() ? slots.toString() : "[]";
    }

    private static String array(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isArray() ? node.toString() : "[]";
    }
}
