package com.samiatarot.chat.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Queries keep an explicit participant predicate (GIN-indexed {@code @>}); RLS is the second wall. */
@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<ChatRoom, UUID> {

    private static final String SUMMARY_COLUMNS = """
            select r.id::text, r.room_type, r.name, r.description, array_to_string(r.participants, ','),
                   r.max_participants::text, r.is_encrypted::text, r.is_active::text, r.auto_delete_after_hours::text,
                   r.reading_session_id::text, r.created_by::text, to_json(r.created_at)#>>'{}', to_json(r.last_activity)#>>'{}',
                   lm.id::text, lm.sender_id::text, lm.message_type, lm.content, lm.is_encrypted::text, lm.key_id,
                   to_json(lm.created_at)#>>'{}',
                   (select count(*) from chat.chat_messages m
                     where m.room_id = r.id and m.deleted_at is null and m.sender_id <> cast(?1 as uuid)
                       and m.created_at > coalesce(rr.last_read_at, '-infinity'::timestamptz))::text
              from chat.chat_rooms r
              left join chat.room_reads rr on rr.room_id = r.id and rr.user_id = cast(?1 as uuid)
              left join lateral (select m.id, m.sender_id, m.message_type, m.content, m.is_encrypted, m.key_id, m.created_at
                                   from chat.chat_messages m
                                  where m.room_id = r.id and m.deleted_at is null
                                  order by m.created_at desc, m.id desc limit 1) lm on true
             where r.participants @> array[cast(?1 as uuid)]
            """;

    public Uni<ChatRoom> findActiveDirect(UUID me, UUID other) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select * from chat.chat_rooms
                         where room_type = 'direct' and is_active
                           and participants @> array[cast(?1 as uuid), cast(?2 as uuid)] and cardinality(participants) = 2
                         order by created_at limit 1""", ChatRoom.class)
                .setParameter(1, me)
                .setParameter(2, other)
                .getResultList())
                .map(list -> list.isEmpty() ? null : list.get(0));
    }

    public Uni<ChatRoom> findByReadingSession(UUID readingId) {
        return find("readingSessionId", readingId).firstResult();
    }

    /** The caller's rooms, newest activity first, with the last message (stored form) and an unread count. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> listSummaries(UUID me, OffsetDateTime beforeActivity, UUID beforeId, int limit) {
        String sql = SUMMARY_COLUMNS
                + (beforeActivity == null ? "" : " and (r.last_activity, r.id) < (cast(?2 as timestamptz), cast(?3 as uuid))")
                + " order by r.last_activity desc, r.id desc limit " + limit;
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql).setParameter(1, me);
            if (beforeActivity != null) {
                query.setParameter(2, beforeActivity).setParameter(3, beforeId);
            }
            return query.getResultList().map(rows -> (List<Object[]>) (List<?>) rows);
        });
    }
}
