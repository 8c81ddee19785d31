package com.samiatarot.audit.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.audit.persistence.AuditLogStore;
import com.samiatarot.audit.persistence.AuditLogStore.AuditLogFilter;
import com.samiatarot.audit.persistence.AuditLogStore.AuditLogRow;
import com.samiatarot.audit.persistence.Db;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** The audit trail, read-only, for admins, super admins and monitors. */
// Authenticated: the identity is resolved (non-blocking) before the method runs on the event loop,
// so CurrentCaller can read it; role checks stay in the methods (403 problem+json).
@Authenticated
@Path("/api/v1/audit-logs")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    private final CurrentCaller currentCaller;
    private final Db db;
    private final AuditLogStore auditLogs;
    private final ObjectMapper mapper;

    public AuditLogResource(CurrentCaller currentCaller, Db db, AuditLogStore auditLogs, ObjectMapper mapper) {
        this.currentCaller = currentCaller;
        this.db = db;
        this.auditLogs = auditLogs;
        this.mapper = mapper;
    }

    @GET
    public Uni<Page<AuditLogResponse>> list(@QueryParam("userId") String userId, @QueryParam("action") String action,
                                            @QueryParam("resourceType") String resourceType,
                                            @QueryParam("resourceId") String resourceId,
                                            @QueryParam("success") String success, @QueryParam("from") String from,
                                            @QueryParam("to") String to, @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN, Roles.MONITOR);
        int size = QueryParams.limit(limit);
        Cursor position = Cursor.decode(cursor);
        OffsetDateTime afterTime = position == null ? null : position.at();
        AuditLogFilter filter = new AuditLogFilter(QueryParams.uuid("userId", userId),
                QueryParams.text("action", action, 100), QueryParams.text("resourceType", resourceType, 100),
                QueryParams.uuid("resourceId", resourceId), QueryParams.bool("success", success),
                QueryParams.time("from", from), QueryParams.time("to", to),
                afterTime, position == null ? null : position.id(), size + 1);
        return db.inTransaction(caller.claims(), connection -> auditLogs.search(connection, filter))
                .map(rows -> page(rows, size));
    }

    private Page<AuditLogResponse> page(List<AuditLogRow> rows, int size) {
        boolean more = rows.size() > size;
        List<AuditLogRow> shown = more ? rows.subList(0, size) : rows;
        String next = null;
        if (more) {
            AuditLogRow last = shown.get(shown.size() - 1);
            next = Cursor.after(last.timestamp(), last.id()).encode();
        }
        return new Page<>(shown.stream().map(row -> AuditLogResponse.of(row, mapper)).toList(), next);
    }
}
