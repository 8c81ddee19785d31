package com.samiatarot.identity.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Uni<User> findByEmail(String email) {
        return find("email", email).firstResult();
    }

    public Uni<Boolean> emailTaken(String email) {
        return count("email", email).map(count -> count > 0);
    }

    /** Explicit predicate on the id even though RLS filters too: RLS is the second wall. */
    public Uni<User> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResult();
    }

    public Uni<Long> countActiveSuperAdmins() {
        return count("role = 'super_admin' and active = true and deletedAt is null");
    }

    /** Locks the live super_admins so two concurrent demotions cannot both see "one more left". */
    public Uni<List<User>> lockActiveSuperAdmins() {
        return find("role = 'super_admin' and active = true and deletedAt is null order by id")
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Admin listing, newest first, keyset-paginated on (createdAt, id). {@code text} matches email or name
     * (already lower-cased and with LIKE wildcards escaped).
     */
    public Uni<List<User>> search(String role, Boolean active, String text, OffsetDateTime afterCreatedAt, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("deletedAt is null");
        Parameters params = new Parameters();
        if (role != null) {
            query.append(" and role = :role");
            params.and("role", role);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        if (text != null) {
            query.append(" and (lower(email) like :text escape '\\' or lower(fullName) like :text escape '\\')");
            params.and("text", "%" + text + "%");
        }
        if (afterCreatedAt != null) {
            query.append(" and (createdAt < :afterCreatedAt or (createdAt = :afterCreatedAt and id < :afterId))");
            params.and("afterCreatedAt", afterCreatedAt).and("afterId", afterId);
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
