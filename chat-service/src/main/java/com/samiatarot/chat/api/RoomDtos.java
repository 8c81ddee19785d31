package com.samiatarot.chat.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request and response records of the rooms API. */
public final class RoomDtos {

    private RoomDtos() {
    }

    public record CreateRoomRequest(
            @NotNull @Pattern(regexp = "direct|group|support", message = "must be direct, group or support") String roomType,
            @Size(max = 50) List<@NotNull UUID> participantIds,
            @Size(max = 255) String name,
            @Size(max = 2000) String description,
            @JsonProperty("isEncrypted") Boolean isEncrypted,
            @Min(1) @Max(8760) Integer autoDeleteAfterHours,
            @Min(2) @Max(50) Integer maxParticipants) {
    }

    public record UpdateRoomRequest(
            @Size(min = 1, max = 255) String name,
            @Size(max = 2000) String description,
            @Size(max = 50) List<@NotNull UUID> addParticipantIds,
            @Size(max = 50) List<@NotNull UUID> removeParticipantIds) {
    }

    public record MessagePreview(UUID id, UUID senderId, String messageType, String preview, OffsetDateTime createdAt) {
    }

    public record RoomResponse(
            UUID id,
            String roomType,
            String name,
            String description,
            List<UUID> participantIds,
            Integer maxParticipants,
            @JsonProperty("isEncrypted") boolean isEncrypted,
            @JsonProperty("isActive") boolean isActive,
            Integer autoDeleteAfterHours,
            UUID readingSessionId,
            UUID createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime lastActivity,
            MessagePreview lastMessage,
            Long unreadCount) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }
}
