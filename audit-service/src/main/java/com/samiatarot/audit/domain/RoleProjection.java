package com.samiatarot.audit.domain;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.audit.persistence.UserRoleStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps audit's own view of each user's role and account status from identity's events, so triage can
 * require an admin assignee without reading identity's schema. A batch's events are folded per user in
 * event-time order into one change per user (one upsert for the whole batch).
 */
@ApplicationScoped
public class RoleProjection {

    /** What a batch says about one user; null fields say nothing. */
    public record UserState(UUID userId, String role, String status, OffsetDateTime lastEventAt) {

        UserState then(String newRole, String newStatus, OffsetDateTime at) {
            return new UserState(userId, newRole != null ? newRole : role, newStatus != null ? newStatus : status,
                    at.isAfter(lastEventAt) ? at : lastEventAt);
        }
    }

    private final UserRoleStore store;

    public RoleProjection(UserRoleStore store) {
        this.store = store;
    }

    public Uni<Void> apply(SqlConnection connection, List<AuditEntry> entries) {
        return store.apply(connection, fold(entries));
    }

    /** Sorted by user id, so concurrent batches lock projection rows in the same order. */
    static java.util.Collection<UserState> fold(List<AuditEntry> entries) {
        Map<UUID, UserState> users = new TreeMap<>();
        // Only the types that say something about a role or status are sorted and read (most events are not).
        entries.stream().filter(e -> role(e) != null || status(e) != null).sorted(Comparator.comparing(AuditEntry::time))
                .forEach(e -> {
                    UUID user = e.dataUuid("userId");
                    if (user == null) {
                        return;
                    }
                    users.merge(user, new UserState(user, role(e), status(e), e.time()),
                            (before, now) -> before.then(now.role(), now.status(), now.lastEventAt()));
                });
        return users.values();
    }

    private static String role(AuditEntry e) {
        return switch (e.type()) {
            case "user.registered" -> e.dataText("role");
            case "user.role_changed" -> e.dataText("newRole");
            default -> null;
        };
    }

    private static String status(AuditEntry e) {
        return switch (e.type()) {
            case "user.registered", "user.reactivated" -> "active";
            case "user.deactivated" -> "deactivated";
            case "user.deleted" -> "deleted";
            default -> null;
        };
    }
}
