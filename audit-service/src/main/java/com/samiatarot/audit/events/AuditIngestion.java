package com.samiatarot.audit.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.samiatarot.audit.domain.Alert;
import com.samiatarot.audit.domain.AnalyticsRollup;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.audit.events.EventDeserializer.Consumed;
import com.samiatarot.audit.domain.RoleProjection;
import com.samiatarot.audit.domain.SecurityDetector;
import com.samiatarot.audit.persistence.AuditLogStore;
import com.samiatarot.audit.persistence.Db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Consumes every producer's topic into audit_logs (DESIGN §3), one database transaction per polled batch:
 * new event ids are claimed and their rows appended (one statement), then detection rules, the role projection
 * and analytics rollups run set-based over the batch's new events, all or nothing. The returned Uni completes
 * after the commit, and only then are the offsets committed.
 *
 * <p>Poison records are dead-lettered before the batch is stored, so they never block a partition. A batch
 * failing on a data error (a value PostgreSQL refuses) is retried record by record and only the culprit
 * is dead-lettered; any other failure (database unreachable) is retried with backoff, never skipped.
 */
@ApplicationScoped
public class AuditIngestion {

    private static final Logger LOG = Logger.getLogger(AuditIngestion.class);
    private static final int MAX_TYPE_TAGS = 200;
    private static final EventDecoder.Rejected NO_VALUE = new EventDecoder.Rejected("empty record");

    private final DeadLetters deadLetters;
    private final Db db;
    private final AuditLogStore auditLogs;
    private final SecurityDetector detector;
    private final AnalyticsRollup rollup;
    private final RoleProjection roles;
    private final MeterRegistry registry;
    private final Map<String, Counter> ingestedByType = new ConcurrentHashMap<>();
    private final DistributionSummary batchRecords;
    private final Timer batchTime;

    public AuditIngestion(DeadLetters deadLetters, Db db, AuditLogStore auditLogs,
                          SecurityDetector detector, AnalyticsRollup rollup, RoleProjection roles,
                          MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.db = db;
        this.auditLogs = auditLogs;
        this.detector = detector;
        this.rollup = rollup;
        this.roles = roles;
        this.registry = registry;
        this.batchRecords = DistributionSummary.builder("audit_ingest_batch_records")
                .description("Records per polled batch").register(registry);
        this.batchTime = Timer.builder("audit_ingest_batch")
                .description("Dead-lettering and storing one polled (already decoded) batch, until its commit").register(registry);
    }

    record Pending(ConsumerRecord<String, Consumed> record, AuditEntry entry) {
    }

    /**
     * Records arrive decoded ({@link EventDeserializer}, on the polling thread, overlapping the previous batch's SQL):
     * what is left here is dead-lettering the rejected ones and one transaction for the rest, on the event loop.
     */
    @Incoming("domain-events")
    public Uni<Void> ingest(ConsumerRecords<String, Consumed> records) {
        batchRecords.record(records.count());
        Timer.Sample sample = Timer.start(registry);
        List<Pending> accepted = new ArrayList<>(records.count());
        Uni<Void> poison = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, Consumed> record : records) {
            EventDecoder.Decoded decoded = record.value() == null ? NO_VALUE : record.value().decoded();
            if (decoded instanceof EventDecoder.Accepted ok) {
                accepted.add(new Pending(record, ok.entry()));
            } else {
                String reason = ((EventDecoder.Rejected) decoded).reason();
                poison = poison.chain(() -> deadLetters.send(record, rawValue(record), reason));
            }
        }
        return poison.chain(() -> store(accepted)).invoke(() -> sample.stop(batchTime));
    }

    private static String rawValue(ConsumerRecord<String, Consumed> record) {
        return record.value() == null ? null : record.value().value();
    }

    private Uni<Void> store(List<Pending> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<AuditEntry> entries = batch.stream().map(Pending::entry).toList();
        return storeInOneTransaction(entries)
                .onFailure(AuditIngestion::isDataError).recoverWithUni(e -> {
                    LOG.warnf("batch of %d refused by the database (%s), storing record by record", entries.size(), e.getMessage());
                    return storeOneByOne(batch);
                })
                .onFailure(e -> !isDataError(e)).invoke(e -> LOG.warnf("audit batch not stored, retrying: %s", e.getMessage()))
                .onFailure(e -> !isDataError(e)).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    private Uni<Void> storeOneByOne(List<Pending> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending pending : batch) {
            chain = chain.chain(() -> storeInOneTransaction(List.of(pending.entry()))
                    .onFailure(AuditIngestion::isDataError)
                    .recoverWithUni(e -> deadLetters.send(pending.record(), rawValue(pending.record()), "refused by the database: " + e.getMessage())));
        }
        return chain;
    }

    /** What one committed batch did, counted only after the commit (a rolled-back try must not count). */
    record Stored(List<AuditEntry> fresh, List<Alert> newAlerts) {
    }

    private Uni<Void> storeInOneTransaction(List<AuditEntry> entries) {
        return db.asService(connection -> auditLogs.appendNew(connection, entries)
                        .chain(fresh -> fresh.isEmpty()
                                ? Uni.createFrom().item(new Stored(fresh, List.of()))
                                : detector.detect(connection, fresh)
                                        .call(() -> roles.apply(connection, fresh))
                                        .call(() -> rollup.apply(connection, fresh))
                                        .map(alerts -> new Stored(fresh, alerts))))
                .invoke(this::count)
                .replaceWithVoid();
    }

    private void count(Stored stored) {
        Map<String, Integer> perType = new HashMap<>();
        for (AuditEntry entry : stored.fresh()) {
            perType.merge(entry.type(), 1, Integer::sum);
        }
        perType.forEach((type, n) -> {
            String tag = ingestedByType.size() < MAX_TYPE_TAGS || ingestedByType.containsKey(type) ? type : "other";
            ingestedByType.computeIfAbsent(tag, t -> Counter.builder("audit_events_ingested")
                    .description("Events appended to audit_logs, by type").tag("type", t).register(registry)).increment(n);
        });
        for (Alert alert : stored.newAlerts()) {
            // Tags come from the rules' fixed names and severities: bounded.
            Counter.builder("security_events_created")
                    .description("Security events raised by the detection rules (not counting updates of an ongoing burst)")
                    .tag("type", alert.eventType()).tag("severity", alert.severity())
                    .register(registry).increment();
        }
    }

    /** SQLSTATE class 22 (data exception) or 23 (integrity): retrying the same rows cannot succeed. */
    static boolean isDataError(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"))) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }
}
