package com.samiatarot.chat.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.chat.api.MessageDtos.Attachment;
import com.samiatarot.chat.api.MessageDtos.MessageView;
import com.samiatarot.chat.api.MessageDtos.SendMessageRequest;
import com.samiatarot.chat.api.RoomDtos.Page;
import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.chat.events.ChatEvents;
import com.samiatarot.chat.persistence.ChatMessage;
import com.samiatarot.chat.persistence.ChatRoom;
import com.samiatarot.chat.persistence.MessageRepository;
import com.samiatarot.chat.persistence.RoomRepository;
import com.samiatarot.chat.realtime.RealtimeNotice;
import com.samiatarot.chat.realtime.RealtimePublisher;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Uni;

/**
 * Messages: posted by participants of an active room, sealed with AES-256-GCM when the room is encrypted,
 * edited by their sender within the edit window, soft-deleted, read up to a point. Every change is pushed
 * to the room's sockets through NOTIFY on commit; events carry metadata only.
 */
@ApplicationScoped
public class MessageService {

    private final RoomService roomService;
    private final RoomRepository rooms;
    private final MessageRepository messages;
    private final MessageCipher cipher;
    private final AttachmentPolicy attachments;
    private final DomainEvents events;
    private final RealtimePublisher realtime;
    private final ObjectMapper mapper;
    private final Rls rls;
    private final SendRateLimit rateLimit;
    private final int maxChars;
    private final int maxBytes;
    private final Duration editWindow;

    public MessageService(RoomService roomService, RoomRepository rooms, MessageRepository messages, MessageCipher cipher,
                          AttachmentPolicy attachments, DomainEvents events, RealtimePublisher realtime, ObjectMapper mapper,
                          Rls rls, SendRateLimit rateLimit, ChatConfig config) {
        this.roomService = roomService;
        this.rooms = rooms;
        this.messages = messages;
        this.cipher = cipher;
        this.attachments = attachments;
        this.events = events;
        this.realtime = realtime;
        this.mapper = mapper;
        this.rls = rls;
        this.rateLimit = rateLimit;
        this.maxChars = config.messages().maxChars();
        this.maxBytes = config.messages().maxBytes();
        this.editWindow = config.messages().editWindow();
    }

    public Uni<MessageView> send(Caller caller, UUID roomId, SendMessageRequest request, EventContext context) {
        String type = request.messageType() == null ? "text" : request.messageType();
        String content = checkContent(request.content(), !"text".equals(type));
        Attachment attachment = request.attachment();
        ChatMessage message = new ChatMessage();
        message.id = UUID.randomUUID();
        message.senderId = caller.id();
        message.roomId = roomId;
        message.messageType = type;
        if ("text".equals(type)) {
            if (attachment != null) {
                throw DomainException.invalidField("attachment", "a text message has no attachment; use image or file");
            }
        } else {
            if (attachment == null) {
                throw DomainException.invalidField("attachment", "an " + type + " message needs an attachment");
            }
            message.fileUrl = attachments.checkUrl(attachment.url());
            message.fileType = attachments.checkType(attachment.fileType(), type);
            attachments.checkSize(attachment.fileSize());
            message.fileSize = attachment.fileSize().intValue();
            message.fileName = attachment.fileName().strip();
        }
        EventContext actor = context.withActor(caller.id(), caller.role());
        return rls.asCaller(caller, () -> rateLimit.check(caller).chain(() -> roomService.visibleRoom(caller, roomId)).chain(room -> {
            if (!room.active) {
                throw DomainException.conflict("This room is archived.");
            }
            Uni<Void> join = Uni.createFrom().voidItem();
            if (!room.hasParticipant(caller.id())) {
                // Staff answering a support room join it, so they see it in their own list from now on.
                if (room.participants.length >= room.maxParticipants) {
                    throw DomainException.conflict("This support room is full.");
                }
                List<UUID> people = new ArrayList<>(Arrays.asList(room.participants));
                people.add(caller.id());
                room.participants = people.toArray(UUID[]::new);
                join = events.publish(ChatEvents.PARTICIPANT_ADDED, room.id, new ChatEvents.ParticipantChanged(room.id, caller.id()), actor)
                        .replaceWithVoid();
            }
            Uni<Void> reply = request.replyToId() == null ? Uni.createFrom().voidItem()
                    : messages.findInRoom(roomId, request.replyToId()).map(found -> {
                        if (found == null) {
                            throw DomainException.invalidField("replyToId", "is not a message of this room");
                        }
                        return null;
                    }).replaceWithVoid();
            return join.chain(() -> reply).chain(() -> {
                message.replyToId = request.replyToId();
                OffsetDateTime now = Clock.now();
                message.createdAt = now;
                seal(room, message, content);
                room.lastActivity = now;
                return messages.persist(message)
                        .call(() -> rooms.flush())
                        .call(() -> events.publish(ChatEvents.MESSAGE_SENT, roomId,
                                new ChatEvents.MessageSent(message.id, roomId, caller.id(), type, content.getBytes(StandardCharsets.UTF_8).length
                                        + (message.fileSize == null ? 0 : message.fileSize)), actor))
                        .map(saved -> view(saved, content))
                        .call(view -> realtime.onCommit(notice("message.created", room, view, message.id, content)));
            });
        }));
    }

    public Uni<Page<MessageView>> list(Caller caller, UUID roomId, UUID before, Integer limit) {
        int size = Cursor.limit(limit);
        return rls.asCaller(caller, () -> roomService.visibleRoom(caller, roomId)
                .chain(room -> before == null ? Uni.createFrom().nullItem() : messages.findInRoom(roomId, before).map(found -> {
                    if (found == null) {
                        throw DomainException.invalidField("before", "is not a message of this room");
                    }
                    return found;
                }))
                .chain(anchor -> messages.page(roomId, anchor, size + 1))
                .map(rows -> {
                    List<MessageView> items = new ArrayList<>();
                    for (int i = 0; i < Math.min(rows.size(), size); i++) {
                        items.add(view(rows.get(i), plaintext(rows.get(i))));
                    }
                    String next = rows.size() > size ? items.get(size - 1).id().toString() : null;
                    return new Page<>(items, next);
                }));
    }

    public Uni<MessageView> edit(Caller caller, UUID roomId, UUID messageId, String newContent) {
        String content = checkContent(newContent, false);
        return rls.asCaller(caller, () -> roomService.visibleRoom(caller, roomId).chain(room -> messages.findInRoom(roomId, messageId)
                .chain(message -> {
                    if (message == null) {
                        throw DomainException.notFound("Message");
                    }
                    if (!message.senderId.equals(caller.id())) {
                        throw DomainException.forbidden("Only the sender may edit a message.");
                    }
                    if (message.deletedAt != null) {
                        throw DomainException.conflict("A deleted message cannot be edited.");
                    }
                    OffsetDateTime now = Clock.now();
                    if (message.createdAt.plus(editWindow).isBefore(now)) {
                        throw DomainException.unprocessable("The edit window of " + editWindow.toMinutes() + " minutes has passed.");
                    }
                    seal(room, message, content);
                    message.edited = true;
                    message.editedAt = now;
                    return messages.flush().replaceWith(view(message, content))
                            .call(view -> realtime.onCommit(notice("message.edited", room, view, message.id, content)));
                })));
    }

    public Uni<Void> delete(Caller caller, UUID roomId, UUID messageId, EventContext context) {
        return rls.asCaller(caller, () -> roomService.visibleRoom(caller, roomId).chain(room -> messages.findInRoom(roomId, messageId)
                .chain(message -> {
                    if (message == null) {
                        throw DomainException.notFound("Message");
                    }
                    if (!message.senderId.equals(caller.id()) && !caller.isAdmin()) {
                        throw DomainException.forbidden("Only the sender or an admin may delete a message.");
                    }
                    if (message.deletedAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    // Soft delete keeps the row (threading, receipts) but drops what was said.
                    message.deletedAt = Clock.now();
                    message.content = "";
                    message.encrypted = false;
                    message.keyId = null;
                    message.fileUrl = null;
                    message.fileName = null;
                    message.fileSize = null;
                    message.fileType = null;
                    return messages.flush()
                            .call(() -> events.publish(ChatEvents.MESSAGE_DELETED, roomId,
                                    new ChatEvents.MessageDeleted(message.id, roomId, message.senderId),
                                    context.withActor(caller.id(), caller.role())))
                            .call(() -> realtime.onCommit(notice("message.deleted", room, view(message, null), null, null)))
                            .replaceWithVoid();
                })));
    }

    public record ReadReceipt(UUID roomId, UUID userId, UUID upToMessageId, OffsetDateTime readAt, int marked) {
    }

    public Uni<ReadReceipt> markRead(Caller caller, UUID roomId, UUID upToMessageId) {
        return rls.asCaller(caller, () -> roomService.visibleRoom(caller, roomId).chain(room -> messages.findInRoom(roomId, upToMessageId)
                .chain(message -> {
                    if (message == null) {
                        throw DomainException.invalidField("upToMessageId", "is not a message of this room");
                    }
                    OffsetDateTime now = Clock.now();
                    return messages.markRead(roomId, caller.id(), message.createdAt, now)
                            .call(() -> messages.upsertReadState(roomId, caller.id(), message.createdAt, message.id))
                            .map(marked -> new ReadReceipt(roomId, caller.id(), message.id, now, marked))
                            .call(receipt -> {
                                ObjectNode data = mapper.createObjectNode();
                                data.put("roomId", roomId.toString());
                                data.put("userId", caller.id().toString());
                                data.put("upToMessageId", message.id.toString());
                                data.put("readAt", now.toString());
                                return realtime.onCommit(new RealtimeNotice("message.read", roomId, Arrays.asList(room.participants), data, null));
                            });
                })));
    }

    /** Plaintext of a stored message; null once deleted. */
    public String plaintext(ChatMessage message) {
        if (message.deletedAt != null) {
            return null;
        }
        return message.encrypted ? cipher.open(message.id, message.keyId, message.content) : message.content;
    }

    public static MessageView view(ChatMessage m, String plaintext) {
        Attachment attachment = m.fileUrl == null ? null
                : new Attachment(m.fileUrl, m.fileName, m.fileSize == null ? null : m.fileSize.longValue(), m.fileType);
        return new MessageView(m.id, m.roomId, m.senderId, m.deletedAt != null ? null : plaintext, m.messageType, attachment,
                m.replyToId, m.edited, m.editedAt, m.deliveredAt, m.readAt, m.createdAt, m.deletedAt, m.encrypted);
    }

    private void seal(ChatRoom room, ChatMessage message, String content) {
        if (room.encrypted) {
            MessageCipher.Sealed sealed = cipher.seal(message.id, content);
            message.content = sealed.content();
            message.keyId = sealed.keyId();
            message.encrypted = true;
        } else {
            message.content = content;
            message.keyId = null;
            message.encrypted = false;
        }
    }

    /** The socket push: content travels sealed with the chat key even for unencrypted rooms. */
    private RealtimeNotice notice(String type, ChatRoom room, MessageView view, UUID messageId, String content) {
        ObjectNode data = mapper.createObjectNode();
        data.put("roomId", room.id.toString());
        data.set("message", mapper.valueToTree(view.withoutContent()));
        RealtimeNotice.Sealed sealed = null;
        if (content != null) {
            MessageCipher.Sealed s = cipher.seal(messageId, content);
            sealed = new RealtimeNotice.Sealed(messageId, s.keyId(), s.content());
        }
        return new RealtimeNotice(type, room.id, Arrays.asList(room.participants), data, sealed);
    }

    private String checkContent(String content, boolean mayBeEmpty) {
        if (content == null || (!mayBeEmpty && content.isBlank())) {
            throw DomainException.invalidField("content", "must not be blank");
        }
        if (content.codePointCount(0, content.length()) > maxChars || content.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw DomainException.invalidField("content", "must be at most " + maxChars + " characters and " + maxBytes + " bytes");
        }
        return content;
    }
}
