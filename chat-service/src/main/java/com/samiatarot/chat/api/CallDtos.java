package com.samiatarot.chat.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class CallDtos {

    private CallDtos() {
    }

    public record StartCallRequest(
            @NotNull UUID roomId,
            @Pattern(regexp = "video|audio|screen_share", message = "must be video, audio or screen_share") String callType) {
    }

    public record EndCallRequest(@Min(1) @Max(5) Integer qualityRating, @Size(max = 20) Map<String, Object> connectionQuality) {
    }

    public record RateCallRequest(@NotNull @Min(1) @Max(5) Integer qualityRating, @Size(max = 20) Map<String, Object> connectionQuality) {
    }

    public record CallResponse(UUID id, UUID roomId, UUID initiatorId, List<UUID> participantIds, String callType, String status,
                               Integer durationSeconds, Integer qualityRating, Map<String, Object> connectionQuality,
                               String serverRegion, OffsetDateTime startedAt, OffsetDateTime answeredAt, OffsetDateTime endedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IceServer(List<String> urls, String username, String credential) {
    }

    public record IceServersResponse(List<IceServer> iceServers, long ttlSeconds, OffsetDateTime expiresAt) {
    }
}
