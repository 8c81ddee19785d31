package com.samiatarot.chat.persistence;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of chat.video_call_sessions. */
@Entity
@Table(name = "video_call_sessions")
public class VideoCallSession {

    @Id
    public UUID id;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "initiator_id", nullable = false)
    public UUID initiatorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] participants;

    @Column(name = "call_type")
    public String callType;

    public String status;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    @Column(name = "quality_rating")
    public Integer qualityRating;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "connection_quality")
    public Map<String, Object> connectionQuality;

    @Column(name = "server_region")
    public String serverRegion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ice_servers_used")
    public Map<String, Object> iceServersUsed;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean hasParticipant(UUID userId) {
        return initiatorId.equals(userId) || (participants != null && Arrays.asList(participants).contains(userId));
    }

    public boolean isOpen() {
        return "initiated".equals(status) || "ringing".equals(status) || "active".equals(status);
    }
}
