package com.samiatarot.audit.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.samiatarot.audit.domain.AnalyticsRollup;
import com.samiatarot.audit.domain.AuditEntry;
import com.samiatarot.audit.domain.SecurityDetector;
import com.samiatarot.audit.persistence.AuditLogStore;
import com.samiatarot.audit.persistence.Db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Consumes every producer's topic into audit_logs (DESIGN §3), one database transaction per polled batch:
 * new event ids are claimed, their rows appended, detection rules and analytics rollups applied, all or
 * nothing. The returned Uni completes after the commit, and only then are the offsets committed.
 *
 * <p>Poison records are dead-lettered before the batch is stored, so they never block a partition. A batch
 * failing on a data error (a value PostgreSQL refuses) is retried record by record and only the culprit
 * is dead-lettered; any other failure (database unreachable) is retried with backoff, never skipped.
 */
@ApplicationScoped
public class AuditIngestion {

    private static final Logger LOG = Logger.getLogger(AuditIngestion.class);
    private static final int MAX_TYPE_TAGS = 200;

    private final EventDecoder decoder;
    private final DeadLetters deadLetters;
    private final Db db;
    private final AuditLogStore auditLogs;
    private final SecurityDetector detector;
    private final AnalyticsRollup rollup;
    private final MeterRegistry registry;
    private final Map<String, Counter> ingestedByType = new ConcurrentHashMap<>();

    public AuditIngestion(EventDecoder decoder, DeadLetters deadLetters, Db db, AuditLogStore auditLogs,
                          SecurityDetector detector, AnalyticsRollup rollup, MeterRegistry registry) {
        this.decoder = decoder;
        this.deadLetters = deadLetters;
        this.db = db;
        this.auditLogs = auditLogs;
        this.detector = detector;
        this.rollup = rollup;
        this.registry = registry;
    }

    record Pending(ConsumerRecord<String, String> record, AuditEntry entry) {
    }

    @Incoming("domain-events")
    public Uni<Void> ingest(ConsumerRecords<String, String> records) {
        List<Pending> accepted = new ArrayList<>(records.count());
        Uni<Void> poison = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, String> record : records) {
            EventDecoder.Decoded decoded = decoder.decode(record.value());
            if (decoded instanceof EventDecoder.Accepted ok) {
                accepted.add(new Pending(record, ok.entry()));
            } else {
                String reason = ((EventDecoder.Rejected) decoded).reason();
                poison = poison.chain(() -> deadLetters.send(record, reason));
            }
        }
        return poison.chain(() -> store(accepted));
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
                    .recoverWithUni(e -> deadLetters.send(pending.record(), "refused by the database: " + e.getMessage())));
        }
        return chain;
    }

    private Uni<Void> storeInOneTransaction(List<AuditEntry> entries) {
        return db.asService(connection -> auditLogs.appendNew(connection, entries)
                        .call(fresh -> detector.detect(connection, fresh))
                        .call(fresh -> rollup.apply(connection, fresh)))
                .invoke(this::count)
                .replaceWithVoid();
    }

    private void count(List<AuditEntry> fresh) {
        for (AuditEntry entry : fresh) {
            String type = ingestedByType.size() < MAX_TYPE_TAGS || ingestedByType.containsKey(entry.type())
                    ? entry.type() : "other";
            ingestedByType.computeIfAbsent(type, t -> Counter.builder("audit_events_ingested")
                    .description("Events appended to audit_logs, by type").tag("type", t).register(registry)).increment();
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
