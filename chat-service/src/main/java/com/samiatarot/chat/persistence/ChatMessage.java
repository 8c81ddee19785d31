package com.samiatarot.chat.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of chat.chat_messages; {@code content} is ciphertext when {@code encrypted} (see MessageCipher). */
@Entity
@Table(name = "chat_messages")
public class ChatMessage {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "sender_id", nullable = false)
    public UUID senderId;

    @Column(nullable = false)
    public String content;

    @Column(name = "message_type")
    public String messageType;

    @Column(name = "is_encrypted")
    public boolean encrypted;

    @Column(name = "key_id")
    public String keyId;

    @Column(name = "file_url")
    public String fileUrl;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_size")
    public Integer fileSize;

    @Column(name = "file_type")
    public String fileType;

    @Column(name = "reply_to_id")
    public UUID replyToId;

    @Column(name = "is_edited")
    public boolean edited;

    @Column(name = "edited_at")
    public OffsetDateTime editedAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
