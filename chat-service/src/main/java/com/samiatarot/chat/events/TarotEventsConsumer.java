package com.samiatarot.chat.events;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.samiatarot.chat.domain.Clock;
import com.samiatarot.chat.persistence.ChatRoom;
import com.samiatarot.chat.persistence.RoomRepository;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventInbox;

import io.smallrye.mutiny.Uni;

/**
 * tarot.events → reading rooms: {@code reading.accepted} opens an encrypted room for the client and the
 * reader, linked by reading_session_id; {@code reading.completed} / {@code reading.cancelled} close it.
 * Once per event through the shared inbox (chat.processed_events in the same transaction as the effect).
 * Unreadable records fail and go to chat.dlq.
 */
@ApplicationScoped
public class TarotEventsConsumer {

    static final String CONSUMER = "chat-service";
    private static final Logger LOG = Logger.getLogger(TarotEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("reading.accepted", "reading.completed", "reading.cancelled");

    private final EventInbox inbox;
    private final RoomRepository rooms;
    private final DomainEvents events;

    public TarotEventsConsumer(EventInbox inbox, RoomRepository rooms, DomainEvents events) {
        this.inbox = inbox;
        this.rooms = rooms;
        this.events = events;
    }

    @Incoming("tarot-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        UUID readingId = event.dataUuid("readingId");
        return event.type().equals("reading.accepted") ? openReadingRoom(readingId, event) : closeReadingRoom(readingId);
    }

    private Uni<Void> openReadingRoom(UUID readingId, CloudEvent event) {
        UUID clientId = event.dataUuid("clientId");
        UUID readerId = event.dataUuid("readerId");
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
                            event.consumerContext()))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> closeReadingRoom(UUID readingId) {
        return rooms.update("active = false where readingSessionId = ?1 and active = true", readingId).replaceWithVoid();
    }
}
