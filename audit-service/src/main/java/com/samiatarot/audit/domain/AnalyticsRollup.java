package com.samiatarot.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Daily per-user rollups (user_analytics) and hourly/daily platform aggregates (system_metrics), folded
 * from the newly ingested events of a batch in the same transaction: a redelivered event was not new, so
 * it is never counted twice. Keys are applied in sorted order so concurrent batches lock rows alike.
 */
@ApplicationScoped
public class AnalyticsRollup {

    private static final String UPSERT_USER_DAY = """
            insert into audit.user_analytics as u (user_id, date, readings_completed, messages_sent, calls_made,
                total_spent, average_session_value)
            values ($1, $2, $3::int, $4::int, $5::int, $6::numeric,
                case when $3::int > 0 then round($6::numeric / $3::int, 2) else 0 end)
            on conflict (user_id, date) do update set
                readings_completed = u.readings_completed + excluded.readings_completed,
                messages_sent = u.messages_sent + excluded.messages_sent,
                calls_made = u.calls_made + excluded.calls_made,
                total_spent = u.total_spent + excluded.total_spent,
                average_session_value = case when u.readings_completed + excluded.readings_completed > 0
                    then round((u.total_spent + excluded.total_spent) / (u.readings_completed + excluded.readings_completed), 2)
                    else 0 end
            """;

    private static final String UPSERT_METRIC = """
            insert into audit.system_metrics as m (metric_name, metric_value, metric_unit, dimensions, aggregation_level, timestamp)
            values ($1, $2::numeric, $3, $4::text::jsonb, $5, $6)
            on conflict (metric_name, aggregation_level, timestamp, dimensions)
            do update set metric_value = m.metric_value + excluded.metric_value
            """;

    private final ObjectMapper mapper;

    public AnalyticsRollup(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    record UserDay(UUID userId, LocalDate date) implements Comparable<UserDay> {
        public int compareTo(UserDay o) {
            int c = userId.compareTo(o.userId);
            return c != 0 ? c : date.compareTo(o.date);
        }
    }

    static final class Counts {
        int readings;
        int messages;
        int calls;
        BigDecimal spent = BigDecimal.ZERO;
    }

    record MetricKey(String name, String level, OffsetDateTime bucket, String dimensions, String unit)
            implements Comparable<MetricKey> {
        public int compareTo(MetricKey o) {
            return (name + level + bucket + dimensions).compareTo(o.name + o.level + o.bucket + o.dimensions);
        }
    }

    record TypeHour(String type, OffsetDateTime hour) {
    }

    /**
     * Folds the batch in hash maps (events_ingested first per type and hour, so its dimensions JSON is written once
     * per type, not per event) and sorts only the few resulting keys.
     */
    public Uni<Void> apply(SqlConnection connection, List<AuditEntry> entries) {
        Map<UserDay, Counts> users = new TreeMap<>();
        Map<MetricKey, BigDecimal> metrics = new HashMap<>();
        Map<TypeHour, Integer> ingested = new HashMap<>();
        for (AuditEntry e : entries) {
            OffsetDateTime utc = e.time().withOffsetSameInstant(ZoneOffset.UTC);
            OffsetDateTime hour = utc.truncatedTo(ChronoUnit.HOURS);
            ingested.merge(new TypeHour(e.type(), hour), 1, Integer::sum);
            switch (e.type()) {
                case "reading.completed" -> {
                    LocalDate date = utc.toLocalDate();
                    BigDecimal price = price(e);
                    UUID client = e.dataUuid("clientId");
                    if (client != null) {
                        Counts c = users.computeIfAbsent(new UserDay(client, date), k -> new Counts());
                        c.readings++;
                        if (price != null) {
                            c.spent = c.spent.add(price);
                        }
                    }
                    add(metrics, new MetricKey("readings_completed", "hourly", hour, "{}", "count"), BigDecimal.ONE);
                    if (price != null) {
                        String currency = e.data().path("price").path("currency").asText("USD");
                        add(metrics, new MetricKey("revenue", "daily", utc.truncatedTo(ChronoUnit.DAYS),
                                dims("currency", currency), currency), price);
                    }
                }
                case "message.sent" -> {
                    UUID sender = e.dataUuid("senderId");
                    if (sender != null) {
                        users.computeIfAbsent(new UserDay(sender, utc.toLocalDate()), k -> new Counts()).messages++;
                    }
                    add(metrics, new MetricKey("messages_sent", "hourly", hour, "{}", "count"), BigDecimal.ONE);
                }
                case "call.started" -> {
                    UUID initiator = e.dataUuid("initiatorId");
                    if (initiator != null) {
                        users.computeIfAbsent(new UserDay(initiator, utc.toLocalDate()), k -> new Counts()).calls++;
                    }
                    add(metrics, new MetricKey("calls_started", "hourly", hour, "{}", "count"), BigDecimal.ONE);
                }
                case "user.login_failed" ->
                    add(metrics, new MetricKey("failed_logins", "hourly", hour, "{}", "count"), BigDecimal.ONE);
                default -> {
                }
            }
        }
        ingested.forEach((key, n) -> add(metrics, new MetricKey("events_ingested", "hourly", key.hour(),
                dims("type", key.type()), "count"), BigDecimal.valueOf(n)));
        List<Map.Entry<MetricKey, BigDecimal>> sortedMetrics = new ArrayList<>(metrics.entrySet());
        sortedMetrics.sort(Map.Entry.comparingByKey());
        List<Tuple> userRows = new ArrayList<>(users.size());
        users.forEach((key, c) -> userRows.add(Tuple.from(java.util.Arrays.asList(
                key.userId(), key.date(), c.readings, c.messages, c.calls, c.spent))));
        List<Tuple> metricRows = new ArrayList<>(sortedMetrics.size());
        for (Map.Entry<MetricKey, BigDecimal> metric : sortedMetrics) {
            MetricKey key = metric.getKey();
            metricRows.add(Tuple.from(java.util.Arrays.asList(
                    key.name(), metric.getValue(), key.unit(), key.dimensions(), key.level(), key.bucket())));
        }
        Uni<Void> result = Uni.createFrom().voidItem();
        if (!userRows.isEmpty()) {
            result = result.chain(() -> connection.preparedQuery(UPSERT_USER_DAY).executeBatch(userRows).replaceWithVoid());
        }
        if (!metricRows.isEmpty()) {
            result = result.chain(() -> connection.preparedQuery(UPSERT_METRIC).executeBatch(metricRows).replaceWithVoid());
        }
        return result;
    }

    private static void add(Map<MetricKey, BigDecimal> metrics, MetricKey key, BigDecimal amount) {
        metrics.merge(key, amount, BigDecimal::add);
    }

    private String dims(String name, String value) {
        ObjectNode node = mapper.createObjectNode();
        node.put(name, value);
        return node.toString();
    }

    static BigDecimal price(AuditEntry e) {
        var price = e.data().path("price");
        if (!price.isObject() || !price.hasNonNull("amount")) {
            return null;
        }
        try {
            return new BigDecimal(price.path("amount").asText());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
