package com.samiatarot.audit.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.audit.domain.AuditEntry;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Appends audit rows, each event at most once (ingested_events is the idempotency ledger). */
@ApplicationScoped
public class AuditLogStore {

    /*
     * One statement, one round trip per batch: the batch's event ids are claimed in ingested_events (the
     * idempotency ledger) and only the rows whose id was claimed are appended. Columns travel as parallel
     * arrays (binary-encoded uuids, times and booleans; text only where PostgreSQL must parse anyway). The answer
     * is the ids that were NOT appended (already ingested): usually no row at all, instead of one per event.
     */
    private static final String APPEND_NEW = """
            with claimed as (
                insert into audit.ingested_events(event_id) select unnest($1::uuid[])
                on conflict do nothing returning event_id),
            appended as (
                insert into audit.audit_logs (id, event_id, user_id, action, resource_type, resource_id, ip_address,
                    user_agent, request_method, request_path, old_values, new_values, success, error_message,
                    metadata, timestamp)
                select r.id, r.event_id, r.user_id, r.action, r.resource_type, r.resource_id, r.ip_address::inet,
                    r.user_agent, r.request_method, r.request_path, r.old_values::jsonb, r.new_values::jsonb, r.success,
                    r.error_message, coalesce(r.metadata::jsonb, '{}'::jsonb), r.timestamp
                from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[],
                        $8::text[], $9::text[], $10::text[], $11::text[], $12::bool[], $13::text[], $14::text[],
                        $15::timestamptz[], $16::uuid[])
                    as r(event_id, user_id, action, resource_type, resource_id, ip_address, user_agent, request_method,
                        request_path, old_values, new_values, success, error_message, metadata, timestamp, id)
                where r.event_id in (select event_id from claimed)
                returning event_id)
            select unnest($1::uuid[]) except select event_id from appended
            """;

    /** Records the entries whose event ids were never seen and returns exactly those (first occurrence wins). */
    public Uni<List<AuditEntry>> appendNew(SqlConnection connection, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<UUID, AuditEntry> byId = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            byId.putIfAbsent(entry.eventId(), entry);
        }
        List<AuditEntry> unique = new ArrayList<>(byId.values());
        return connection.preparedQuery(APPEND_NEW).execute(columns(unique)).map(skipped -> {
            if (skipped.size() == 0) {
                return unique;
            }
            Set<UUID> skippedIds = new HashSet<>(skipped.size() * 2);
            for (Row row : skipped) {
                skippedIds.add(row.getUUID(0));
            }
            List<AuditEntry> fresh = new ArrayList<>(unique.size() - skippedIds.size());
            for (AuditEntry entry : unique) {
                if (!skippedIds.contains(entry.eventId())) {
                    fresh.add(entry);
                }
            }
            return fresh;
        });
    }

    private static Tuple columns(List<AuditEntry> entries) {
        int n = entries.size();
        UUID[] eventIds = new UUID[n];
        UUID[] userIds = new UUID[n];
        String[] actions = new String[n];
        String[] resourceTypes = new String[n];
        UUID[] resourceIds = new UUID[n];
        String[] ips = new String[n];
        String[] userAgents = new String[n];
        String[] methods = new String[n];
        String[] paths = new String[n];
        String[] oldValues = new String[n];
        String[] newValues = new String[n];
        Boolean[] successes = new Boolean[n];
        String[] errors = new String[n];
        String[] metadata = new String[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i);
            eventIds[i] = e.eventId();
            userIds[i] = e.userId();
            actions[i] = e.type();
            resourceTypes[i] = e.resourceType();
            resourceIds[i] = e.resourceId();
            ips[i] = e.ip();
            userAgents[i] = e.userAgent();
            methods[i] = e.method();
            paths[i] = e.path();
            oldValues[i] = e.oldValues() == null ? null : e.oldValues().toString();
            newValues[i] = e.newValues() == null ? null : e.newValues().toString();
            successes[i] = e.success();
            errors[i] = e.errorMessage();
            metadata[i] = e.metadataJson();
            times[i] = e.time();
            ids[i] = RowIds.next();
        }
        return Tuple.from(new Object[] { eventIds, userIds, actions, resourceTypes, resourceIds, ips, userAgents,
                methods, paths, oldValues, newValues, successes, errors, metadata, times, ids });
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
