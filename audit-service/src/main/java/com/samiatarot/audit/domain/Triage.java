package com.samiatarot.audit.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.audit.persistence.Db;
import com.samiatarot.audit.persistence.SecurityEventStore;
import com.samiatarot.audit.persistence.SecurityEventStore.SecurityEventRow;
import com.samiatarot.audit.persistence.UserRoleStore;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.problem.Problem;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.RlsClaims;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The security-event lifecycle: open → investigating → resolved | false_positive. Anything else is an
 * IllegalTransition (409). The triage itself lands in audit_logs, in the same transaction.
 */
@ApplicationScoped
public class Triage {

    public static final String OPEN = "open";
    public static final String INVESTIGATING = "investigating";
    public static final String RESOLVED = "resolved";
    public static final String FALSE_POSITIVE = "false_positive";

    private static final Map<String, Set<String>> NEXT = Map.of(
            OPEN, Set.of(INVESTIGATING),
            INVESTIGATING, Set.of(RESOLVED, FALSE_POSITIVE),
            RESOLVED, Set.of(),
            FALSE_POSITIVE, Set.of());

    private static final String AUDIT_TRIAGE = """
            insert into audit.audit_logs (user_id, action, resource_type, resource_id, old_values, new_values, success, metadata)
            values ($1, 'security_event.triaged', 'security_event', $2, $3::text::jsonb, $4::text::jsonb, true, '{"eventSource":"audit-service"}')
            """;

    private final Db db;
    private final SecurityEventStore store;
    private final UserRoleStore roles;
    private final ObjectMapper mapper;

    public Triage(Db db, SecurityEventStore store, UserRoleStore roles, ObjectMapper mapper) {
        this.db = db;
        this.store = store;
        this.roles = roles;
        this.mapper = mapper;
    }

    public static class IllegalTransition extends DomainException {
        public IllegalTransition(String from, String to) {
            super(409, "illegal-transition", "Illegal transition",
                    "A security event cannot move from " + from + " to " + to + ".");
            with("from", from);
            with("to", to);
        }
    }

    /** 422 naming the field: well-formed, but the user is not an active admin as far as audit knows. */
    public static class AssigneeNotAdmin extends DomainException {
        public AssigneeNotAdmin() {
            super(422, "validation", "Unprocessable request", "assignedTo: must be an active admin",
                    List.of(new Problem.FieldError("assignedTo", "must be an active admin")));
        }
    }

    public Uni<SecurityEventRow> move(Caller caller, UUID id, String status, UUID assignedTo, String resolutionNotes) {
        boolean resolves = RESOLVED.equals(status) || FALSE_POSITIVE.equals(status);
        if (resolves && (resolutionNotes == null || resolutionNotes.isBlank())) {
            return Uni.createFrom().failure(DomainException.invalidField("resolutionNotes",
                    "is required to close a security event"));
        }
        return db.inTransaction(caller.claims(), connection -> store.find(connection, id).chain(current -> {
            if (current == null) {
                return Uni.createFrom().failure(DomainException.notFound("Security event"));
            }
            if (!NEXT.getOrDefault(current.status(), Set.of()).contains(status)) {
                return Uni.createFrom().failure(new IllegalTransition(current.status(), status));
            }
            return requireAdminAssignee(connection, caller, assignedTo)
                    .chain(() -> apply(connection, caller, current, status, assignedTo, resolutionNotes, resolves));
        }));
    }

    /**
     * The caller is an admin by their verified token; anyone else must be an active admin in the role
     * projection fed by identity's events (audit-service cannot read identity's users table).
     */
    private Uni<Void> requireAdminAssignee(SqlConnection connection, Caller caller, UUID assignedTo) {
        if (assignedTo == null || assignedTo.equals(caller.id())) {
            return Uni.createFrom().voidItem();
        }
        return roles.isActiveAdmin(connection, assignedTo).chain(admin -> admin
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new AssigneeNotAdmin()));
    }

    private Uni<SecurityEventRow> apply(SqlConnection connection, Caller caller, SecurityEventRow current, String status,
                                        UUID assignedTo, String resolutionNotes, boolean resolves) {
        UUID assignee = assignedTo != null ? assignedTo
                : INVESTIGATING.equals(status) && current.assignedTo() == null ? caller.id() : null;
        return store.transition(connection, current.id(), current.status(), status, assignee,
                        resolutionNotes == null ? null : resolutionNotes.strip(), resolves)
                .chain(updated -> updated == null
                        ? Uni.createFrom().failure(new IllegalTransition(current.status(), status))
                        : recordTriage(connection, caller, current, updated).replaceWith(updated));
    }

    private Uni<Void> recordTriage(SqlConnection connection, Caller caller, SecurityEventRow before, SecurityEventRow after) {
        ObjectNode oldValues = mapper.createObjectNode().put("status", before.status());
        ObjectNode newValues = mapper.createObjectNode().put("status", after.status())
                .put("assignedTo", after.assignedTo() == null ? null : after.assignedTo().toString());
        // audit_logs accepts inserts only from the service role: switch identity for this one statement.
        return connection.preparedQuery("select set_config('request.jwt.claims', $1, true)")
                .execute(Tuple.of(RlsClaims.service().toJson()))
                .chain(() -> connection.preparedQuery(AUDIT_TRIAGE).execute(Tuple.of(caller.id(), after.id(),
                        oldValues.toString(), newValues.toString())))
                .replaceWithVoid();
    }
}
