package com.samiatarot.audit.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class AnalyticsStore {

    public record UserDayRow(LocalDate date, int readingsCompleted, int messagesSent, int callsMade,
                             BigDecimal totalSpent, BigDecimal averageSessionValue) {
    }

    public record MetricRow(String name, BigDecimal value, String unit, String dimensions, String level,
                            OffsetDateTime timestamp) {
    }

    public Uni<List<UserDayRow>> userDays(SqlConnection connection, UUID userId, LocalDate from, LocalDate to) {
        return connection.preparedQuery("""
                        select date, readings_completed, messages_sent, calls_made, total_spent, average_session_value
                        from audit.user_analytics where user_id = $1 and date >= $2 and date <= $3 order by date desc""")
                .execute(Tuple.of(userId, from, to))
                .map(rows -> {
                    List<UserDayRow> result = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        result.add(new UserDayRow(r.getLocalDate("date"), r.getInteger("readings_completed"),
                                r.getInteger("messages_sent"), r.getInteger("calls_made"),
                                r.getBigDecimal("total_spent"), r.getBigDecimal("average_session_value")));
                    }
                    return result;
                });
    }

    public Uni<List<MetricRow>> metrics(SqlConnection connection, String name, String level, OffsetDateTime from,
                                        OffsetDateTime to, int limit) {
        return connection.preparedQuery("""
                        select metric_name, metric_value, metric_unit, dimensions::text as dimensions, aggregation_level, timestamp
                        from audit.system_metrics
                        where metric_name = $1 and aggregation_level = $2 and timestamp >= $3 and timestamp < $4
                        order by timestamp, dimensions::text limit $5""")
                .execute(Tuple.of(name, level, from, to, limit))
                .map(rows -> {
                    List<MetricRow> result = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        result.add(new MetricRow(r.getString("metric_name"), r.getBigDecimal("metric_value"),
                                r.getString("metric_unit"), r.getString("dimensions"), r.getString("aggregation_level"),
                                r.getOffsetDateTime("timestamp")));
                    }
                    return result;
                });
    }
}
