package com.samiatarot.tarot.events;

import com.samiatarot.shared.events.ProcessedEvents;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.tarot.persistence.ReaderRepository;

import io.smallrye.mutiny.Uni;

/**
 * Keeps tarot.readers in step with identity: names, roles, profiles (rates, specializations), online
 * status and account state. Idempotent through processed_events; records it cannot read go to tarot.dlq.
 */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "tarot-readers";
    private static final Logger LOG = Logger.getLogger(IdentityEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("user.registered", "user.role_changed", "profile.updated",
            "reader.status_changed", "user.deactivated", "user.reactivated", "user.deleted");

    private final ReaderRepository readers;
    private final ProcessedEvents processed;
    private final Rls rls;
    private final ObjectMapper mapper;

    public IdentityEventsConsumer(ReaderRepository readers, ProcessedEvents processed, Rls rls, ObjectMapper mapper) {
        this.readers = readers;
        this.processed = processed;
        this.rls = rls;
        this.mapper = mapper;
    }

    @Incoming("identity-events")
    public Uni<Void> consume(String value) {
        JsonNode event;
        try {
            event = mapper.readTree(value);
        } catch (Exception e) {
            return Uni.createFrom().failure(new IllegalArgumentException("identity event is not JSON"));
        }
        String type = event.path("type").asText("");
        if (!HANDLED.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        UUID eventId;
        UUID userId;
        try {
            eventId = UUID.fromString(event.path("id").asText());
            userId = UUID.fromString(event.path("data").path("userId").asText());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("identity event " + type + " without valid ids"));
        }
        JsonNode data = event.path("data");
        return rls.asService(() -> processed.firstDelivery(eventId, CONSUMER).chain(first -> {
            if (!first) {
                return Uni.createFrom().item(0);
            }
            return apply(type, userId, data);
        })).invoke(rows -> LOG.debugf("identity event %s applied to reader projection (%d rows)", type, rows))
                .replaceWithVoid();
    }

    private Uni<Integer> apply(String type, UUID userId, JsonNode data) {
        return switch (type) {
            case "user.registered" -> readers.upsertRegistered(userId, text(data, "fullName"),
                    Roles.READER.equals(text(data, "role")));
            case "user.role_changed" -> readers.upsertRole(userId, Roles.READER.equals(text(data, "newRole")));
            case "profile.updated" -> {
                JsonNode rate = data.path("readingRate");
                BigDecimal amount = rate.hasNonNull("amount") ? new BigDecimal(rate.get("amount").asText()) : null;
                String currency = rate.hasNonNull("currency") ? rate.get("currency").asText() : null;
                yield readers.upsertProfile(userId, text(data, "fullName"), text(data, "profileImageUrl"),
                        text(data, "bio"), array(data, "specializations"), array(data, "languages"), amount, currency,
                        schedule(data));
            }
            case "reader.status_changed" -> readers.upsertOnline(userId, data.path("online").asBoolean(false));
            case "user.deactivated" -> readers.upsertActive(userId, false);
            case "user.reactivated" -> readers.upsertActive(userId, true);
            case "user.deleted" -> readers.markDeleted(userId);
            default -> Uni.createFrom().item(0);
        };
    }

    private static String text(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    /** The weekly slots if the event carries availabilitySchedule (null or an array), else null: keep what we know. */
    private static String schedule(JsonNode data) {
        if (!data.has("availabilitySchedule")) {
            return null;
        }
        JsonNode slots = data.get("availabilitySchedule");
        return slots.isArray() ? slots.toString() : "[]";
    }

    private String array(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isArray() ? node.toString() : "[]";
    }
}
