package com.samiatarot.tarot.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReadingRepository implements PanacheRepositoryBase<ReadingSession, UUID> {

    /** Locks the row for a state change, so a lifecycle step and a wallet event never interleave. */
    public Uni<ReadingSession> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Filters for a participant's list; all optional. */
    public record ListFilter(String status, String sessionType, OffsetDateTime from, OffsetDateTime to) {
    }

    /** The caller's readings as client or as reader, newest first, keyset-paginated on (createdAt, id). */
    public Uni<List<ReadingSession>> listFor(UUID me, boolean asReader, ListFilter filter,
                                             OffsetDateTime beforeCreated, UUID beforeId, int limit) {
        // The explicit participant predicate lets PostgreSQL use the (client_id|reader_id, created_at) index.
        StringBuilder q = new StringBuilder(asReader ? "readerId = :me" : "clientId = :me");
        Parameters params = Parameters.with("me", me);
        if (filter.status() != null) {
            q.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.sessionType() != null) {
            q.append(" and sessionType = :type");
            params.and("type", filter.sessionType());
        }
        if (filter.from() != null) {
            q.append(" and createdAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            q.append(" and createdAt < :to");
            params.and("to", filter.to());
        }
        if (beforeCreated != null) {
            q.append(" and (createdAt < :bc or (createdAt = :bc and id < :bid))");
            params.and("bc", beforeCreated).and("bid", beforeId);
        }
        q.append(" order by createdAt desc, id desc");
        return find(q.toString(), params).page(0, limit).list();
    }
}
