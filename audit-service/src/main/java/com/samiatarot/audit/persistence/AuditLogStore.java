package com.samiatarot.audit.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.audit.domain.AuditEntry;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Appends audit rows, each event at most once (ingested_events is the idempotency ledger). */
@ApplicationScoped
public class AuditLogStore {

    private static final String CLAIM_IDS = "insert into audit.ingested_events(event_id)"
            + " select unnest($1::uuid[]) on conflict do nothing returning event_id";

    // One round trip per batch: the rows travel as one JSON array and PostgreSQL expands them.
    private static final String INSERT_ROWS = """
            insert into audit.audit_logs (event_id, user_id, action, resource_type, resource_id, ip_address,
                user_agent, request_method, request_path, old_values, new_values, success, error_message,
                metadata, timestamp)
            select r.event_id, r.user_id, r.action, r.resource_type, r.resource_id, r.ip_address, r.user_agent,
                r.request_method, r.request_path, r.old_values, r.new_values, r.success, r.error_message,
                coalesce(r.metadata, '{}'::jsonb), r.timestamp
            from jsonb_to_recordset($1::text::jsonb) as r(event_id uuid, user_id uuid, action varchar,
                resource_type varchar, resource_id uuid, ip_address inet, user_agent text, request_method varchar,
                request_path text, old_values jsonb, new_values jsonb, success boolean, error_message text,
                metadata jsonb, timestamp timestamptz)
            """;

    private final ObjectMapper mapper;

    public AuditLogStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Records the entries whose event ids were never seen and returns exactly those (first occurrence wins). */
    public Uni<List<AuditEntry>> appendNew(SqlConnection connection, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<UUID, AuditEntry> byId = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            byId.putIfAbsent(entry.eventId(), entry);
        }
        return connection.preparedQuery(CLAIM_IDS)
                .execute(Tuple.of(byId.keySet().toArray(UUID[]::new)))
                .chain(claimed -> {
                    List<AuditEntry> fresh = new ArrayList<>(claimed.size());
                    java.util.Set<UUID> ids = new java.util.HashSet<>();
                    for (Row row : claimed) {
                        ids.add(row.getUUID("event_id"));
                    }
                    for (AuditEntry entry : byId.values()) {
                        if (ids.contains(entry.eventId())) {
                            fresh.add(entry);
                        }
                    }
                    if (fresh.isEmpty()) {
                        return Uni.createFrom().item(fresh);
                    }
                    return connection.preparedQuery(INSERT_ROWS).execute(Tuple.of(toJson(fresh))).replaceWith(fresh);
                });
    }

    private String toJson(List<AuditEntry> entries) {
        ArrayNode rows = mapper.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode row = rows.addObject();
            row.put("event_id", e.eventId().toString());
            row.put("user_id", e.userId() == null ? null : e.userId().toString());
            row.put("action", e.type());
            row.put("resource_type", e.resourceType());
            row.put("resource_id", e.resourceId() == null ? null : e.resourceId().toString());
            row.put("ip_address", e.ip());
            row.put("user_agent", e.userAgent());
            row.put("request_method", e.method());
            row.put("request_path", e.path());
            row.set("old_values", e.oldValues());
            row.set("new_values", e.newValues());
            row.put("success", e.success());
            row.put("error_message", e.errorMessage());
            row.set("metadata", e.metadata());
            row.put("timestamp", e.time().toString());
        }
        return rows.toString();
    }

    /** For the read API. */
    public record AuditLogRow(UUID id, UUID eventId, UUID userId, String action, String resourceType, UUID resourceId,
                              String ipAddress, String userAgent, String requestMethod, String requestPath,
                              String oldValues, String newValues, Boolean success, String errorMessage,
                              String metadata, OffsetDateTime timestamp) {

        static AuditLogRow of(Row row) {
            return new AuditLogRow(row.getUUID("id"), row.getUUID("event_id"), row.getUUID("user_id"),
                    row.getString("action"), row.getString("resource_type"), row.getUUID("resource_id"),
                    row.getString("ip"), row.getString("user_agent"), row.getString("request_method"),
                    row.getString("request_path"), row.getString("old_values"), row.getString("new_values"),
                    row.getBoolean("success"), row.getString("error_message"), row.getString("metadata"),
                    row.getOffsetDateTime("timestamp"));
        }
    }

    public record AuditLogFilter(UUID userId, String action, String resourceType, UUID resourceId, Boolean success,
                                 OffsetDateTime from, OffsetDateTime to, OffsetDateTime beforeTime, UUID beforeId,
                                 int limit) {
    }

    /** Newest first; caller-dependent visibility is RLS's, the explicit predicates keep the seed's indexes usable. */
    public Uni<List<AuditLogRow>> search(SqlConnection connection, AuditLogFilter f) {
        StringBuilder sql = new StringBuilder("""
                select id, event_id, user_id, action, resource_type, resource_id, host(ip_address) as ip, user_agent,
                    request_method, request_path, old_values::text as old_values, new_values::text as new_values,
                    success, error_message, metadata::text as metadata, timestamp
                from audit.audit_logs where true""");
        List<Object> params = new ArrayList<>();
        if (f.userId() != null) {
            params.add(f.userId());
            sql.append(" and user_id = $").append(params.size());
        }
        if (f.action() != null) {
            params.add(f.action());
            sql.append(" and action = $").append(params.size());
        }
        if (f.resourceType() != null) {
            params.add(f.resourceType());
            sql.append(" and resource_type = $").append(params.size());
        }
        if (f.resourceId() != null) {
            params.add(f.resourceId());
            sql.append(" and resource_id = $").append(params.size());
        }
        if (f.success() != null) {
            params.add(f.success());
            sql.append(" and success = $").append(params.size());
        }
        if (f.from() != null) {
            params.add(f.from());
            sql.append(" and timestamp >= $").append(params.size());
        }
        if (f.to() != null) {
            params.add(f.to());
            sql.append(" and timestamp < $").append(params.size());
        }
        if (f.beforeTime() != null) {
            params.add(f.beforeTime());
            sql.append(" and (timestamp, id) < ($").append(params.size());
            params.add(f.beforeId());
            sql.append(", $").append(params.size()).append(')');
        }
        params.add(f.limit());
        sql.append(" order by timestamp desc, id desc limit $").append(params.size());
        return connection.preparedQuery(sql.toString()).execute(Tuple.from(params))
                .map(rows -> {
                    List<AuditLogRow> result = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        result.add(AuditLogRow.of(row));
                    }
                    return result;
                });
    }
}
