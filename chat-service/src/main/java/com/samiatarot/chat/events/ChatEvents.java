package com.samiatarot.chat.events;

import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Payloads of chat.events (docs/EVENTS.md). Ids and metadata only: message content never leaves the service. */
public final class ChatEvents {

    public static final String ROOM_CREATED = "room.created";
    public static final String PARTICIPANT_ADDED = "room.participant_added";
    public static final String PARTICIPANT_REMOVED = "room.participant_removed";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String MESSAGE_DELETED = "message.deleted";
    public static final String CALL_STARTED = "call.started";
    public static final String CALL_ENDED = "call.ended";
    public static final String CALL_FAILED = "call.failed";

    private ChatEvents() {
    }

    @RegisterForReflection
    public record RoomCreated(UUID roomId, String roomType, List<UUID> participantIds, UUID readingSessionId) {
    }

    @RegisterForReflection
    public record ParticipantChanged(UUID roomId, UUID userId) {
    }

    @RegisterForReflection
    public record MessageSent(UUID messageId, UUID roomId, UUID senderId, String messageType, int sizeBytes) {
    }

    @RegisterForReflection
    public record MessageDeleted(UUID messageId, UUID roomId, UUID senderId) {
    }

    @RegisterForReflection
    public record CallStarted(UUID callId, UUID roomId, UUID initiatorId, String callType) {
    }

    @RegisterForReflection
    public record CallEnded(UUID callId, UUID roomId, int durationSeconds) {
    }

    @RegisterForReflection
    public record CallFailed(UUID callId, UUID roomId, String reason) {
    }
}
