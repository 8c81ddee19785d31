package com.samiatarot.chat.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<ChatMessage, UUID> {

    public Uni<ChatMessage> findInRoom(UUID roomId, UUID messageId) {
        return find("id = :id and roomId = :room", Parameters.with("id", messageId).and("room", roomId)).firstResult();
    }

    /** Newest first; {@code before} (created_at, id) of the last message the caller already has. */
    public Uni<List<ChatMessage>> page(UUID roomId, ChatMessage before, int limit) {
        if (before == null) {
            return find("roomId = ?1 order by createdAt desc, id desc", roomId).page(0, limit).list();
        }
        return find("roomId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                roomId, before.createdAt, before.id).page(0, limit).list();
    }

    /**
     * Creation time of the sender's {@code n}-th newest message after {@code since}, or null when there are fewer:
     * the flood guard's question, answered from idx_chat_messages_sender_created.
     */
    public Uni<OffsetDateTime> nthNewestSentSince(UUID senderId, OffsetDateTime since, int n) {
        return find("senderId = ?1 and createdAt > ?2 order by createdAt desc", senderId, since)
                .page(n - 1, 1).firstResult()
                .map(message -> message == null ? null : message.createdAt);
    }

    /** Read receipts: every other sender's message up to {@code upTo} that was not read yet. */
    public Uni<Integer> markRead(UUID roomId, UUID reader, OffsetDateTime upTo, OffsetDateTime now) {
        return update("readAt = ?1 where roomId = ?2 and senderId <> ?3 and createdAt <= ?4 and readAt is null and deletedAt is null",
                now, roomId, reader, upTo);
    }

    public Uni<Void> upsertReadState(UUID roomId, UUID userId, OffsetDateTime lastReadAt, UUID messageId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into chat.room_reads (room_id, user_id, last_read_at, last_read_message_id)
                        values (?1, ?2, ?3, ?4)
                        on conflict (room_id, user_id) do update
                           set last_read_at = greatest(chat.room_reads.last_read_at, excluded.last_read_at),
                               last_read_message_id = case when excluded.last_read_at >= chat.room_reads.last_read_at
                                                           then excluded.last_read_message_id
                                                           else chat.room_reads.last_read_message_id end""")
                .setParameter(1, roomId).setParameter(2, userId).setParameter(3, lastReadAt).setParameter(4, messageId)
                .executeUpdate()).replaceWithVoid();
    }

    /** auto_delete_after_hours: removes old messages for good (run as the service). */
    public Uni<Integer> purgeExpired() {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        delete from chat.chat_messages m
                         using chat.chat_rooms r
                         where m.room_id = r.id and r.auto_delete_after_hours is not null
                           and m.created_at < now() - make_interval(hours => r.auto_delete_after_hours)""")
                .executeUpdate());
    }
}
