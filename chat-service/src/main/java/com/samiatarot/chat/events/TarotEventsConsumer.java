package com.samiatarot.chat.events;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.chat.domain.Clock;
import com.samiatarot.chat.persistence.ChatRoom;
import com.samiatarot.chat.persistence.RoomRepository;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * tarot.events → reading rooms: {@code reading.accepted} opens an encrypted room for the client and the
 * reader, linked by reading_session_id; {@code reading.completed} / {@code reading.cancelled} close it.
 * Idempotent: the event id goes into chat.processed_events in the same transaction as the effect.
 * Unreadable records fail and go to chat.dlq.
 */
@ApplicationScoped
public class TarotEventsConsumer {

    static final String CONSUMER = "chat-service";
    private static final Logger LOG = Logger.getLogger(TarotEventsConsumer.class);

    private final ObjectMapper mapper;
    private final Rls rls;
    private final RoomRepository rooms;
    private final DomainEvents events;

    public TarotEventsConsumer(ObjectMapper mapper, Rls rls, RoomRepository rooms, DomainEvents events) {
        this.mapper = mapper;
        this.rls = rls;
        this.rooms = rooms;
        this.events = events;
    }

    @Incoming("tarot-events")
    public Uni<Void> consume(String payload) {
        JsonNode event;
        UUID eventId;
        try {
            event = mapper.readTree(payload);
            eventId = UUID.fromString(event.path("id").asText());
        } catch (Exception e) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable tarot event"));
        }
        String type = event.path("type").asText("");
        if (!type.equals("reading.accepted") && !type.equals("reading.completed") && !type.equals("reading.cancelled")) {
            return Uni.createFrom().voidItem();
        }
        JsonNode data = event.path("data");
        UUID readingId;
        try {
            readingId = UUID.fromString(data.path("readingId").asText());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalArgumentException(type + " without a readingId"));
        }
        String requestId = data.hasNonNull("requestId") ? data.get("requestId").asText() : null;
        return rls.asService(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into chat.processed_events (event_id, consumer) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, eventId).setParameter(2, CONSUMER).executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    return type.equals("reading.accepted")
                            ? openReadingRoom(readingId, data, requestId)
                            : closeReadingRoom(readingId);
                }));
    }

    private Uni<Void> openReadingRoom(UUID readingId, JsonNode data, String requestId) {
        UUID clientId;
        UUID readerId;
        try {
            clientId = UUID.fromString(data.path("clientId").asText());
            readerId = UUID.fromString(data.path("readerId").asText());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("reading.accepted without clientId/readerId"));
        }
        return rooms.findByReadingSession(readingId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ChatRoom room = new ChatRoom();
            room.id = UUID.randomUUID();
            room.roomType = "reading";
            room.name = "Reading";
            room.participants = new UUID[] {clientId, readerId};
            room.maxParticipants = 2;
            room.encrypted = true;
            room.active = true;
            room.readingSessionId = readingId;
            room.metadata = new HashMap<>();
            room.createdAt = Clock.now();
            room.lastActivity = room.createdAt;
            LOG.infof("opening reading room %s for reading %s", room.id, readingId);
            return rooms.persist(room)
                    .call(saved -> events.publish(ChatEvents.ROOM_CREATED, saved.id,
                            new ChatEvents.RoomCreated(saved.id, saved.roomType, List.of(clientId, readerId), readingId),
                            EventContext.system(requestId)))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> closeReadingRoom(UUID readingId) {
        return rooms.update("active = false where readingSessionId = ?1 and active = true", readingId).replaceWithVoid();
    }
}
