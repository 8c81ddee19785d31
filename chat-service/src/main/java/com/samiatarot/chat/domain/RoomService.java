package com.samiatarot.chat.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.chat.api.RoomDtos.CreateRoomRequest;
import com.samiatarot.chat.api.RoomDtos.MessagePreview;
import com.samiatarot.chat.api.RoomDtos.Page;
import com.samiatarot.chat.api.RoomDtos.RoomResponse;
import com.samiatarot.chat.api.RoomDtos.UpdateRoomRequest;
import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.chat.events.ChatEvents;
import com.samiatarot.chat.persistence.ChatRoom;
import com.samiatarot.chat.persistence.RoomRepository;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Uni;

/**
 * Rooms: direct (exactly two people, deduplicated), group (creator plus others, up to max_participants),
 * support (the user; staff see it through their admin role), reading (opened from tarot events only).
 * Only participants see a room (admins also see support rooms); anybody else gets 404.
 */
@ApplicationScoped
public class RoomService {

    public record Created(ChatRoom room, boolean isNew) {
    }

    private static final int PREVIEW_CHARS = 100;

    private final RoomRepository rooms;
    private final DomainEvents events;
    private final Rls rls;
    private final MessageCipher cipher;
    private final int maxGroup;

    public RoomService(RoomRepository rooms, DomainEvents events, Rls rls, MessageCipher cipher, ChatConfig config) {
        this.rooms = rooms;
        this.events = events;
        this.rls = rls;
        this.cipher = cipher;
        this.maxGroup = config.rooms().maxGroupParticipants();
    }

    /** Inside a caller transaction: the room if the caller may see it, else 404 (never reveal it exists). */
    public Uni<ChatRoom> visibleRoom(Caller caller, UUID roomId) {
        return rooms.findById(roomId).map(room -> {
            if (room == null || !(room.hasParticipant(caller.id()) || (room.isSupport() && caller.isAdmin()))) {
                throw DomainException.notFound("Room");
            }
            return room;
        });
    }

    public Uni<Created> create(Caller caller, CreateRoomRequest request, EventContext context) {
        List<UUID> others = request.participantIds() == null ? List.of()
                : request.participantIds().stream().filter(id -> !id.equals(caller.id())).distinct().toList();
        ChatRoom room = new ChatRoom();
        room.id = UUID.randomUUID();
        room.roomType = request.roomType();
        room.name = request.name() == null ? null : request.name().strip();
        room.description = request.description();
        room.encrypted = request.isEncrypted() == null || request.isEncrypted();
        room.active = true;
        room.autoDeleteAfterHours = request.autoDeleteAfterHours();
        room.createdBy = caller.id();
        room.metadata = new HashMap<>();
        OffsetDateTime now = Clock.now();
        room.createdAt = now;
        room.lastActivity = now;
        switch (request.roomType()) {
            case "direct" -> {
                if (others.size() != 1) {
                    throw DomainException.invalidField("participantIds", "a direct room has exactly one other participant");
                }
                room.participants = new UUID[] {caller.id(), others.get(0)};
                room.maxParticipants = 2;
            }
            case "group" -> {
                int max = request.maxParticipants() == null ? maxGroup : Math.min(request.maxParticipants(), maxGroup);
                if (others.isEmpty() || others.size() + 1 > max) {
                    throw DomainException.invalidField("participantIds", "a group has 2 to " + max + " participants including you");
                }
                if (room.name == null || room.name.isEmpty()) {
                    throw DomainException.invalidField("name", "a group needs a name");
                }
                List<UUID> all = new ArrayList<>();
                all.add(caller.id());
                all.addAll(others);
                room.participants = all.toArray(UUID[]::new);
                room.maxParticipants = max;
            }
            case "support" -> {
                if (!others.isEmpty()) {
                    throw DomainException.invalidField("participantIds", "a support room is opened by the user alone; staff join it");
                }
                room.participants = new UUID[] {caller.id()};
                room.maxParticipants = 10;
                if (room.name == null) {
                    room.name = "Support";
                }
            }
            default -> throw DomainException.invalidField("roomType", "must be direct, group or support");
        }
        return rls.asCaller(caller, () -> {
            Uni<ChatRoom> existing = "direct".equals(room.roomType)
                    ? rooms.findActiveDirect(caller.id(), room.participants[1])
                    : Uni.createFrom().nullItem();
            return existing.chain(found -> {
                if (found != null) {
                    return Uni.createFrom().item(new Created(found, false));
                }
                return rooms.persist(room)
                        .call(saved -> events.publish(ChatEvents.ROOM_CREATED, saved.id,
                                new ChatEvents.RoomCreated(saved.id, saved.roomType, Arrays.asList(saved.participants), null),
                                context.withActor(caller.id(), caller.role())))
                        .map(saved -> new Created(saved, true));
            });
        });
    }

    public Uni<ChatRoom> get(Caller caller, UUID roomId) {
        return rls.asCaller(caller, () -> visibleRoom(caller, roomId));
    }

    public Uni<Page<RoomResponse>> listMine(Caller caller, Integer limit, String cursor) {
        int size = Cursor.limit(limit);
        Cursor position = Cursor.decode(cursor);
        OffsetDateTime afterActivity = position == null ? null : position.at();
        return rls.asCaller(caller, () -> rooms.listSummaries(caller.id(),
                        afterActivity, position == null ? null : position.id(), size + 1))
                .map(rows -> {
                    List<RoomResponse> items = new ArrayList<>();
                    for (int i = 0; i < Math.min(rows.size(), size); i++) {
                        items.add(summary(rows.get(i)));
                    }
                    String next = rows.size() > size
                            ? Cursor.after(items.get(size - 1).lastActivity(), items.get(size - 1).id()).encode() : null;
                    return new Page<>(items, next);
                });
    }

    public Uni<ChatRoom> update(Caller caller, UUID roomId, UpdateRoomRequest request, EventContext context) {
        return rls.asCaller(caller, () -> visibleRoom(caller, roomId).chain(room -> {
            boolean manager = caller.id().equals(room.createdBy) || caller.isAdmin();
            if (!manager) {
                throw DomainException.forbidden("Only the room's creator or an admin may change it.");
            }
            if (request.name() != null) {
                room.name = request.name().strip();
            }
            if (request.description() != null) {
                room.description = request.description();
            }
            List<UUID> added = new ArrayList<>();
            List<UUID> removed = new ArrayList<>();
            boolean changesPeople = (request.addParticipantIds() != null && !request.addParticipantIds().isEmpty())
                    || (request.removeParticipantIds() != null && !request.removeParticipantIds().isEmpty());
            if (changesPeople) {
                if (!"group".equals(room.roomType)) {
                    throw DomainException.unprocessable("Participants can only be changed in group rooms.");
                }
                Set<UUID> people = new LinkedHashSet<>(Arrays.asList(room.participants));
                if (request.removeParticipantIds() != null) {
                    for (UUID id : request.removeParticipantIds()) {
                        if (id.equals(room.createdBy)) {
                            throw DomainException.invalidField("removeParticipantIds", "the creator cannot be removed");
                        }
                        if (people.remove(id)) {
                            removed.add(id);
                        }
                    }
                }
                if (request.addParticipantIds() != null) {
                    for (UUID id : request.addParticipantIds()) {
                        if (people.add(id)) {
                            added.add(id);
                        }
                    }
                }
                if (people.size() > room.maxParticipants) {
                    throw DomainException.invalidField("addParticipantIds", "the room holds at most " + room.maxParticipants + " participants");
                }
                if (people.size() < 2) {
                    throw DomainException.invalidField("removeParticipantIds", "a group keeps at least two participants");
                }
                room.participants = people.toArray(UUID[]::new);
            }
            EventContext actor = context.withActor(caller.id(), caller.role());
            Uni<Void> chain = rooms.flush().replaceWithVoid();
            for (UUID id : added) {
                chain = chain.call(() -> events.publish(ChatEvents.PARTICIPANT_ADDED, room.id, new ChatEvents.ParticipantChanged(room.id, id), actor));
            }
            for (UUID id : removed) {
                chain = chain.call(() -> events.publish(ChatEvents.PARTICIPANT_REMOVED, room.id, new ChatEvents.ParticipantChanged(room.id, id), actor));
            }
            return chain.replaceWith(room);
        }));
    }

    public Uni<ChatRoom> archive(Caller caller, UUID roomId) {
        return rls.asCaller(caller, () -> visibleRoom(caller, roomId).chain(room -> {
            if ("group".equals(room.roomType) && !(caller.id().equals(room.createdBy) || caller.isAdmin())) {
                throw DomainException.forbidden("Only the group's creator or an admin may archive it.");
            }
            room.active = false;
            return rooms.flush().replaceWith(room);
        }));
    }

    public RoomResponse toResponse(ChatRoom room) {
        return new RoomResponse(room.id, room.roomType, room.name, room.description, Arrays.asList(room.participants),
                room.maxParticipants, room.encrypted, room.active, room.autoDeleteAfterHours, room.readingSessionId,
                room.createdBy, room.createdAt, room.lastActivity, null, null);
    }

    private RoomResponse summary(Object[] row) {
        UUID id = uuid(row[0]);
        List<UUID> participants = new ArrayList<>();
        String list = text(row[4]);
        if (list != null && !list.isEmpty()) {
            for (String p : list.split(",")) {
                participants.add(UUID.fromString(p));
            }
        }
        MessagePreview preview = null;
        if (row[13] != null) {
            UUID messageId = uuid(row[13]);
            String content = text(row[16]);
            if (Boolean.parseBoolean(text(row[17]))) {
                content = cipher.open(messageId, text(row[18]), content);
            }
            String type = text(row[15]);
            String shown = "text".equals(type) || "system".equals(type)
                    ? (content.length() > PREVIEW_CHARS ? content.substring(0, PREVIEW_CHARS) + "…" : content)
                    : "[" + type + "]";
            preview = new MessagePreview(messageId, uuid(row[14]), type, shown, time(row[19]));
        }
        return new RoomResponse(id, text(row[1]), text(row[2]), text(row[3]), participants,
                integer(row[5]), Boolean.parseBoolean(text(row[6])), Boolean.parseBoolean(text(row[7])), integer(row[8]),
                uuid(row[9]), uuid(row[10]), time(row[11]), time(row[12]), preview, Long.parseLong(text(row[20])));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static UUID uuid(Object o) {
        return o == null ? null : UUID.fromString(o.toString());
    }

    private static Integer integer(Object o) {
        return o == null ? null : Integer.valueOf(o.toString());
    }

    private static OffsetDateTime time(Object o) {
        return o == null ? null : OffsetDateTime.parse(o.toString());
    }
}
