package com.samiatarot.audit.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.audit.domain.RoleProjection.UserState;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** audit.user_roles: the projection of identity's roles and account status (V4__user_roles.sql). */
@ApplicationScoped
public class UserRoleStore {

    // One statement per batch; a NULL column means "this batch says nothing about it" and keeps the stored value.
    private static final String APPLY = """
            insert into audit.user_roles as u (user_id, role, status, last_event_at)
            select * from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[])
            on conflict (user_id) do update set
                role = coalesce(excluded.role, u.role),
                status = coalesce(excluded.status, u.status),
                last_event_at = excluded.last_event_at,
                updated_at = now()
            where u.last_event_at <= excluded.last_event_at
            """;

    private static final String IS_ACTIVE_ADMIN = """
            select exists (select 1 from audit.user_roles where user_id = $1
                and role in ('admin', 'super_admin') and coalesce(status, 'active') = 'active')
            """;

    public Uni<Void> apply(SqlConnection connection, Collection<UserState> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = changes.size();
        UUID[] users = new UUID[n];
        String[] roles = new String[n];
        String[] statuses = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        int i = 0;
        for (UserState change : changes) {
            users[i] = change.userId();
            roles[i] = change.role();
            statuses[i] = change.status();
            times[i] = change.lastEventAt();
            i++;
        }
        return connection.preparedQuery(APPLY).execute(Tuple.of(users, roles, statuses, times)).replaceWithVoid();
    }

    public Uni<Boolean> isActiveAdmin(SqlConnection connection, UUID userId) {
        return connection.preparedQuery(IS_ACTIVE_ADMIN).execute(Tuple.of(userId))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
