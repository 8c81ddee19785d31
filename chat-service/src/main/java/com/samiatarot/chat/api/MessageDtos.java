package com.samiatarot.chat.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Request and response records of the messages API. */
public final class MessageDtos {

    private MessageDtos() {
    }

    @RegisterForReflection
    public record Attachment(
            @NotBlank @Size(max = 2048) String url,
            @NotBlank @Size(max = 255) String fileName,
            @NotNull @Min(1) @Max(Integer.MAX_VALUE) Long fileSize,
            @NotBlank @Size(max = 100) String fileType) {
    }

    public record SendMessageRequest(
            @NotNull @Size(max = 20000) String content,
            @Pattern(regexp = "text|image|file", message = "must be text, image or file") String messageType,
            UUID replyToId,
            @Valid Attachment attachment) {
    }

    public record EditMessageRequest(@NotBlank @Size(max = 20000) String content) {
    }

    public record ReadRequest(@NotNull UUID upToMessageId) {
    }

    /** What participants see: plaintext content (null once deleted), attachment metadata, delivery state. */
    @RegisterForReflection
    public record MessageView(
            UUID id,
            UUID roomId,
            UUID senderId,
            String content,
            String messageType,
            Attachment attachment,
            UUID replyToId,
            @JsonProperty("isEdited") boolean isEdited,
            OffsetDateTime editedAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime readAt,
            OffsetDateTime createdAt,
            OffsetDateTime deletedAt,
            @JsonProperty("isEncrypted") boolean isEncrypted) {

        public MessageView withoutContent() {
            return new MessageView(id, roomId, senderId, null, messageType, attachment, replyToId, isEdited, editedAt,
                    deliveredAt, readAt, createdAt, deletedAt, isEncrypted);
        }
    }
}
