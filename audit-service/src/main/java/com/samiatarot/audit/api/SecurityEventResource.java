package com.samiatarot.audit.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.audit.domain.Triage;
import com.samiatarot.audit.persistence.Db;
import com.samiatarot.audit.persistence.SecurityEventStore;
import com.samiatarot.audit.persistence.SecurityEventStore.SecurityEventFilter;
import com.samiatarot.audit.persistence.SecurityEventStore.SecurityEventRow;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Alerts raised by the detection rules: monitors read, admins triage. */
// Authenticated: the identity is resolved (non-blocking) before the method runs on the event loop,
// so CurrentCaller can read it; role checks stay in the methods (403 problem+json).
@Authenticated
@Path("/api/v1/security-events")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    private static final Set<String> STATUSES = Set.of("open", "investigating", "resolved", "false_positive");
    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

    private final CurrentCaller currentCaller;
    private final Db db;
    private final SecurityEventStore store;
    private final Triage triage;
    private final ObjectMapper mapper;

    public SecurityEventResource(CurrentCaller currentCaller, Db db, SecurityEventStore store, Triage triage,
                                 ObjectMapper mapper) {
        this.currentCaller = currentCaller;
        this.db = db;
        this.store = store;
        this.triage = triage;
        this.mapper = mapper;
    }

    @GET
    public Uni<Page<SecurityEventResponse>> list(@QueryParam("status") String status,
                                                 @QueryParam("severity") String severity,
                                                 @QueryParam("type") String type, @QueryParam("userId") String userId,
                                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller caller = readers();
        int size = QueryParams.limit(limit);
        Cursor position = Cursor.decode(cursor);
        OffsetDateTime afterTime = position == null ? null : position.at();
        SecurityEventFilter filter = new SecurityEventFilter(QueryParams.oneOf("status", status, STATUSES),
                QueryParams.oneOf("severity", severity, SEVERITIES), QueryParams.text("type", type, 100),
                QueryParams.uuid("userId", userId), QueryParams.time("from", from), QueryParams.time("to", to),
                afterTime, position == null ? null : position.id(), size + 1);
        return db.inTransaction(caller.claims(), connection -> store.search(connection, filter)).map(rows -> {
            boolean more = rows.size() > size;
            List<SecurityEventRow> shown = more ? rows.subList(0, size) : rows;
            String next = more ? Cursor.after(shown.get(size - 1).timestamp(), shown.get(size - 1).id()).encode() : null;
            return new Page<>(shown.stream().map(row -> SecurityEventResponse.of(row, mapper)).toList(), next);
        });
    }

    @GET
    @Path("/{id}")
    public Uni<SecurityEventResponse> get(@PathParam("id") String id) {
        Caller caller = readers();
        UUID eventId = pathId(id);
        return db.inTransaction(caller.claims(), connection -> store.find(connection, eventId)).map(row -> {
            if (row == null) {
                throw DomainException.notFound("Security event");
            }
            return SecurityEventResponse.of(row, mapper);
        });
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SecurityEventResponse> triage(@PathParam("id") String id, @Valid @NotNull TriageRequest request) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        UUID eventId = pathId(id);
        return triage.move(caller, eventId, request.status(), request.assignedTo(), request.resolutionNotes())
                .map(row -> SecurityEventResponse.of(row, mapper));
    }

    private Caller readers() {
        return currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN, Roles.MONITOR);
    }

    private static UUID pathId(String id) {
        UUID parsed = AuditEntry.uuidOrNull(id);
        if (parsed == null) {
            throw DomainException.notFound("Security event");
        }
        return parsed;
    }
}
