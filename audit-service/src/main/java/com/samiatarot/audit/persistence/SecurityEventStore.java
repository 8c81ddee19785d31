package com.samiatarot.audit.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.audit.domain.Alert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class SecurityEventStore {

    /**
     * Raises an alert, or folds it into the untriaged alert with the same rule key (an ongoing burst):
     * severity only escalates, the count and description follow the largest count seen.
     */
    private static final String RAISE = """
            insert into audit.security_events as s (user_id, event_type, severity, description, ip_address, user_agent,
                detection_method, confidence_score, status, timestamp, rule_key, metadata, last_seen_at)
            values ($1, $2, $3, $4, $5::text::inet, $6, 'automated', $7, 'open', $8, $9, $10::text::jsonb, $8)
            on conflict (rule_key) where status in ('open', 'investigating') and rule_key is not null
            do update set
                severity = case when array_position(array['low','medium','high','critical'], excluded.severity)
                                   > array_position(array['low','medium','high','critical'], s.severity)
                                then excluded.severity else s.severity end,
                confidence_score = greatest(s.confidence_score, excluded.confidence_score),
                description = case when coalesce((excluded.metadata ->> 'count')::int, 0)
                                      >= coalesce((s.metadata ->> 'count')::int, 0)
                                   then excluded.description else s.description end,
                metadata = s.metadata || excluded.metadata || jsonb_build_object('count',
                        greatest(coalesce((s.metadata ->> 'count')::int, 0), coalesce((excluded.metadata ->> 'count')::int, 0)),
                        'detections', coalesce((s.metadata ->> 'detections')::int, 1) + 1),
                last_seen_at = greatest(s.last_seen_at, excluded.last_seen_at)
            returning (xmax = 0) as created
            """;

    private static final String COLUMNS = """
            id, user_id, event_type, severity, description, host(ip_address) as ip, user_agent, geolocation::text as geolocation,
            detection_method, confidence_score, status, assigned_to, resolution_notes, timestamp, resolved_at,
            metadata::text as metadata, last_seen_at""";

    /** True when the alert is new, false when it was folded into the open alert of its rule key. */
    public Uni<Boolean> raise(SqlConnection connection, Alert alert) {
        return connection.preparedQuery(RAISE).execute(Tuple.from(java.util.Arrays.asList(
                        alert.userId(), alert.eventType(), alert.severity(), alert.description(), alert.ip(), alert.userAgent(),
                        alert.confidence(), alert.at(), alert.ruleKey(), alert.metadata().toString())))
                // xmax is 0 on a freshly inserted row version, the updating transaction's id after DO UPDATE.
                .map(rows -> rows.iterator().next().getBoolean("created"));
    }

    public record SecurityEventRow(UUID id, UUID userId, String eventType, String severity, String description,
                                   String ipAddress, String userAgent, String geolocation, String detectionMethod,
                                   BigDecimal confidenceScore, String status, UUID assignedTo, String resolutionNotes,
                                   OffsetDateTime timestamp, OffsetDateTime resolvedAt, String metadata,
                                   OffsetDateTime lastSeenAt) {

        static SecurityEventRow of(Row row) {
            return new SecurityEventRow(row.getUUID("id"), row.getUUID("user_id"), row.getString("event_type"),
                    row.getString("severity"), row.getString("description"), row.getString("ip"),
                    row.getString("user_agent"), row.getString("geolocation"), row.getString("detection_method"),
                    row.getBigDecimal("confidence_score"), row.getString("status"), row.getUUID("assigned_to"),
                    row.getString("resolution_notes"), row.getOffsetDateTime("timestamp"),
                    row.getOffsetDateTime("resolved_at"), row.getString("metadata"), row.getOffsetDateTime("last_seen_at"));
        }
    }

    public record SecurityEventFilter(String status, String severity, String eventType, UUID userId,
                                      OffsetDateTime from, OffsetDateTime to, OffsetDateTime beforeTime, UUID beforeId,
                                      int limit) {
    }

    public Uni<List<SecurityEventRow>> search(SqlConnection connection, SecurityEventFilter f) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit.security_events where true");
        List<Object> params = new ArrayList<>();
        if (f.status() != null) {
            params.add(f.status());
            sql.append(" and status = $").append(params.size());
        }
        if (f.severity() != null) {
            params.add(f.severity());
            sql.append(" and severity = $").append(params.size());
        }
        if (f.eventType() != null) {
            params.add(f.eventType());
            sql.append(" and event_type = $").append(params.size());
        }
        if (f.userId() != null) {
            params.add(f.userId());
            sql.append(" and user_id = $").append(params.size());
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
        return connection.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(SecurityEventStore::rows);
    }

    public Uni<SecurityEventRow> find(SqlConnection connection, UUID id) {
        return connection.preparedQuery("select " + COLUMNS + " from audit.security_events where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : SecurityEventRow.of(rows.iterator().next()));
    }

    /** Compare-and-set on the status, so two admins triaging at once cannot both win. */
    public Uni<SecurityEventRow> transition(SqlConnection connection, UUID id, String expectedStatus, String newStatus,
                                            UUID assignedTo, String resolutionNotes, boolean resolves) {
        String sql = "update audit.security_events set status = $3, assigned_to = coalesce($4, assigned_to),"
                + " resolution_notes = coalesce($5, resolution_notes),"
                + " resolved_at = case when $6 then now() else resolved_at end"
                + " where id = $1 and status = $2 returning " + COLUMNS;
        return connection.preparedQuery(sql)
                .execute(Tuple.from(java.util.Arrays.asList( id, expectedStatus, newStatus, assignedTo, resolutionNotes, resolves)))
                .map(rows -> rows.size() == 0 ? null : SecurityEventRow.of(rows.iterator().next()));
    }

    private static List<SecurityEventRow> rows(RowSet<Row> rows) {
        List<SecurityEventRow> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(SecurityEventRow.of(row));
        }
        return result;
    }
}
