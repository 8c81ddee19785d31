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

/** A row of chat.chat_rooms. Never serialised as JSON: the API maps it to response records. */
@Entity
@Table(name = "chat_rooms")
public class ChatRoom {

    @Id
    public UUID id;

    @Column(name = "room_type", nullable = false)
    public String roomType;

    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] participants;

    @Column(name = "max_participants")
    public Integer maxParticipants;

    @Column(name = "is_encrypted")
    public boolean encrypted;

    @Column(name = "is_active")
    public boolean active;

    @Column(name = "auto_delete_after_hours")
    public Integer autoDeleteAfterHours;

    @Column(name = "reading_session_id")
    public UUID readingSessionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "last_activity")
    public OffsetDateTime lastActivity;

    public boolean hasParticipant(UUID userId) {
        return participants != null && Arrays.asList(participants).contains(userId);
    }

    public boolean isSupport() {
        return "support".equals(roomType);
    }
}
