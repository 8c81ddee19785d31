package com.samiatarot.identity.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfile;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The public reader directory. Anonymous callers have no row rights on users, so the query runs with the
 * service claim and is itself the wall: active, undeleted readers only, and only public columns leave
 * (see ReaderResponse). Keyset pagination on (sort value, id).
 */
@ApplicationScoped
public class ReaderDirectory {

    public enum Sort { RATING, RATE }

    public record Entry(User user, UserProfile profile) {
    }

    public record Filter(String specialization, String language, BigDecimal maxRate, Boolean online) {
    }

    public record Page(List<Entry> items, String nextCursor) {
    }

    private static final String BASE = "select u, p from User u join UserProfile p on p.userId = u.id"
            + " where u.role = 'reader' and u.active = true and u.deletedAt is null";

    private final Rls rls;

    public ReaderDirectory(Rls rls) {
        this.rls = rls;
    }

    public Uni<Page> search(Filter filter, Sort sort, String cursor, int limit) {
        Cursors.Position after = Cursors.decode(cursor);
        BigDecimal afterValue;
        try {
            afterValue = after == null ? null : new BigDecimal(after.sortKey());
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(DomainException.invalidField("cursor", "is not a cursor this API produced"));
        }
        String sortExpr = sort == Sort.RATING ? "coalesce(p.ratingAverage, 0)" : "coalesce(p.readingRate, 0)";
        // best rated first; cheapest first
        String direction = sort == Sort.RATING ? "desc" : "asc";
        String beyond = sort == Sort.RATING ? "<" : ">";
        StringBuilder hql = new StringBuilder(BASE);
        if (filter.specialization() != null) {
            hql.append(" and function('array_position', p.specializations, :specialization) is not null");
        }
        if (filter.language() != null) {
            hql.append(" and function('array_position', p.languages, :language) is not null");
        }
        if (filter.maxRate() != null) {
            hql.append(" and p.readingRate <= :maxRate");
        }
        if (filter.online() != null) {
            hql.append(" and p.online = :online");
        }
        if (after != null) {
            hql.append(" and (").append(sortExpr).append(' ').append(beyond).append(" :afterValue or (")
                    .append(sortExpr).append(" = :afterValue and u.id > :afterId))");
        }
        hql.append(" order by ").append(sortExpr).append(' ').append(direction).append(", u.id asc");
        return rls.asService(() -> Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql.toString(), Object[].class);
            if (filter.specialization() != null) {
                query.setParameter("specialization", filter.specialization());
            }
            if (filter.language() != null) {
                query.setParameter("language", filter.language());
            }
            if (filter.maxRate() != null) {
                query.setParameter("maxRate", filter.maxRate());
            }
            if (filter.online() != null) {
                query.setParameter("online", filter.online());
            }
            if (after != null) {
                query.setParameter("afterValue", afterValue);
                query.setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList();
        })).map(rows -> {
            List<Entry> entries = new ArrayList<>();
            for (Object[] row : rows) {
                entries.add(new Entry((User) row[0], (UserProfile) row[1]));
            }
            boolean more = entries.size() > limit;
            List<Entry> items = more ? entries.subList(0, limit) : entries;
            String next = null;
            if (more) {
                Entry last = items.get(items.size() - 1);
                BigDecimal value = sort == Sort.RATING ? last.profile().ratingAverage : last.profile().readingRate;
                next = Cursors.encode((value == null ? BigDecimal.ZERO : value).toPlainString(), last.user().id);
            }
            return new Page(items, next);
        });
    }

    public Uni<Entry> find(UUID readerId) {
        return rls.asService(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery(BASE + " and u.id = :id", Object[].class)
                .setParameter("id", readerId)
                .getResultList()))
                .map(rows -> rows.isEmpty() ? null : new Entry((User) rows.get(0)[0], (UserProfile) rows.get(0)[1]))
                .onItem().ifNull().failWith(() -> DomainException.notFound("Reader"));
    }
}
