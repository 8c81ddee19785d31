package com.samiatarot.tarot.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Spreads; run inside Rls so the seed's visibility policy applies in addition to the explicit predicates. */
@ApplicationScoped
public class SpreadRepository implements PanacheRepositoryBase<TarotSpread, UUID> {

    /** A spread the caller may use: public, or their own (admins see all). {@code me} null for anonymous. */
    public Uni<TarotSpread> findVisible(UUID id, UUID me, boolean admin) {
        if (admin) {
            return findById(id);
        }
        return find("id = :id and (publicSpread = true or createdBy = :me)",
                Parameters.with("id", id).and("me", me == null ? new UUID(0, 0) : me)).firstResult();
    }

    /** Visible spreads oldest first, keyset-paginated on (createdAt, id). */
    public Uni<List<TarotSpread>> listVisible(UUID me, boolean mineOnly, String category, String difficulty,
                                               OffsetDateTime afterCreated, UUID afterId, int limit) {
        StringBuilder q = new StringBuilder();
        Parameters params = Parameters.with("me", me == null ? new UUID(0, 0) : me);
        q.append(mineOnly ? "createdBy = :me" : "(publicSpread = true or createdBy = :me)");
        if (category != null) {
            q.append(" and category = :category");
            params.and("category", category);
        }
        if (difficulty != null) {
            q.append(" and difficultyLevel = :difficulty");
            params.and("difficulty", difficulty);
        }
        if (afterCreated != null) {
            q.append(" and (createdAt > :ac or (createdAt = :ac and id > :aid))");
            params.and("ac", afterCreated).and("aid", afterId);
        }
        q.append(" order by createdAt, id");
        return find(q.toString(), params).page(0, limit).list();
    }

    /** Counts a reading on the spread, whoever owns it (SECURITY DEFINER helper, see V1). */
    public Uni<Integer> incrementUsage(UUID spreadId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select tarot.increment_spread_usage(?1)", Integer.class)
                .setParameter(1, spreadId)
                .getSingleResultOrNull());
    }

    public Uni<Long> readingsUsing(UUID spreadId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(r) from ReadingSession r where r.spreadId = :id", Long.class)
                .setParameter("id", spreadId)
                .getSingleResult());
    }
}
