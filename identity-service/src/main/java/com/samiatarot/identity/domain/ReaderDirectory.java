package com.samiatarot.identity.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfile;
import com.samiatarot.shared.api.Cursor;
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
        Cursor after = Cursor.decode(cursor);
        BigDecimal afterValue;
        try {
            afterValue = after == null ? null : new BigDecimal(after.sortKey());
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(DomainException.invalidField("cursor", "is not a cursor this API produced"));
        }
        // ids first, in SQL (PostgreSQL array operators on text[] columns), then the entities for those ids
        String sortExpr = sort == Sort.RATING ? "coalesce(p.rating_average, 0)" : "coalesce(p.reading_rate, 0)";
        String direction = sort == Sort.RATING ? "desc" : "asc"; // best rated first; cheapest first
        String beyond = sort == Sort.RATING ? "<" : ">";
        StringBuilder sql = new StringBuilder("select cast(u.id as text) from identity.users u"
                + " join identity.user_profiles p on p.user_id = u.id"
                + " where u.role = 'reader' and u.is_active and u.deleted_at is null");
        List<Object> params = new ArrayList<>();
        if (filter.specialization() != null) {
            params.add(filter.specialization());
            sql.append(" and cast(?").append(params.size()).append(" as text) = any(p.specializations)");
        }
        if (filter.language() != null) {
            params.add(filter.language());
            sql.append(" and cast(?").append(params.size()).append(" as text) = any(p.languages)");
        }
        if (filter.maxRate() != null) {
            params.add(filter.maxRate());
            sql.append(" and p.reading_rate <= cast(?").append(params.size()).append(" as numeric)");
        }
        if (filter.online() != null) {
            params.add(filter.online());
            sql.append(" and p.is_online = ?").append(params.size());
        }
        if (after != null) {
            params.add(afterValue);
            int v = params.size();
            params.add(after.id().toString());
            int id = params.size();
            sql.append(" and (").append(sortExpr).append(' ').append(beyond).append(" cast(?").append(v).append(" as numeric) or (")
                    .append(sortExpr).append(" = cast(?").append(v).append(" as numeric) and u.id > cast(?").append(id).append(" as uuid)))");
        }
        sql.append(" order by ").append(sortExpr).append(' ').append(direction).append(", u.id asc limit ").append(limit + 1);
        return rls.asService(() -> Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), String.class);
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList().chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Object[]>of())
                    : session.createSelectionQuery(BASE + " and u.id in (:ids)", Object[].class)
                            .setParameter("ids", ids.stream().map(UUID::fromString).toList())
                            .getResultList()
                            .map(rows -> {
                                List<Object[]> ordered = new ArrayList<>(rows);
                                ordered.sort(java.util.Comparator.comparingInt(row -> ids.indexOf(((User) row[0]).id.toString())));
                                return ordered;
                            }));
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
                next = Cursor.after((value == null ? BigDecimal.ZERO : value).toPlainString(), last.user().id).encode();
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
