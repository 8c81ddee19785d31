package com.samiatarot.shared.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.samiatarot.shared.events.CloudEvents;
import com.samiatarot.shared.events.KafkaProducers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes pending outbox rows to Kafka and marks them sent (DESIGN §3).
 *
 * <p>Rows are claimed with {@code FOR UPDATE SKIP LOCKED} inside one transaction that stays open until
 * Kafka acknowledged every record ({@code acks=all}, idempotent producer), so several replicas never
 * publish the same row concurrently, and a crash before commit re-publishes (at-least-once; consumers
 * are idempotent). While Kafka is unreachable the relay backs off exponentially; events wait, never vanish.
 * Runs on a scheduler worker thread, so awaiting here never blocks an event loop.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] CONTENT_TYPE = "application/cloudevents+json".getBytes(StandardCharsets.US_ASCII);

    private final Pool pool;
    private final OutboxConfig config;
    private final String probeSql;
    private final String claimSql;
    private final String markSentSql;
    private final String markFailedSql;
    private final String statsSql;
    private final String purgeSql;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    private final KafkaProducers.Lazy producer;
    private ScheduledExecutorService executor;
    private volatile Instant nextAttempt = Instant.EPOCH;
    private volatile int consecutiveFailures;
    private volatile Instant statsRefreshedAt = Instant.EPOCH;

    public OutboxRelay(Pool pool, OutboxConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "samia.service.schema") String schema,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrapServers) {
        this.pool = pool;
        this.config = config;
        this.producer = KafkaProducers.lazy(bootstrapServers, schema + "-outbox-relay-" + UUID.randomUUID().toString().substring(0, 8),
                config.sendTimeout());
        String table = schema + ".outbox";
        this.probeSql = "select exists (select 1 from " + table + " where sent_at is null) as due";
        this.claimSql = claimSql(schema);
        this.markSentSql = markSentSql(schema);
        this.markFailedSql = "update " + table + " set attempts = attempts + 1, last_error = $2 where id = any($1)";
        this.statsSql = "select count(*) as pending, coalesce(extract(epoch from clock_timestamp() - min(created_at)), 0)::bigint as age"
                + " from " + table + " where sent_at is null";
        this.purgeSql = "delete from " + table + " where sent_at < clock_timestamp() - make_interval(secs => $1)";
        Gauge.builder("outbox_pending", pending, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").tag("service", schema).register(registry);
        Gauge.builder("outbox_oldest_age_seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox event").tag("service", schema).register(registry);
        this.published = Counter.builder("outbox_published").tag("service", schema).register(registry);
        this.failures = Counter.builder("outbox_publish_failures").tag("service", schema).register(registry);
    }

    /** Claims up to $1 pending rows, oldest first; static so that deploy/bench/tools can run the relay's own SQL. */
    static String claimSql(String schema) {
        return "select id, topic, aggregate_id, event_type, payload::text as payload from " + schema + ".outbox"
                + " where sent_at is null order by created_at, id limit $1 for update skip locked";
    }

    /** Marks the rows of the ids in $1 sent. */
    static String markSentSql(String schema) {
        return "update " + schema + ".outbox set sent_at = clock_timestamp(), attempts = attempts + 1, last_error = null"
                + " where id = any($1)";
    }

    /**
     * A dedicated thread rather than {@code @Scheduled}: Quarkus' simple scheduler cannot fire more often
     * than once a second, and end-to-end event latency is part of what this relay promises.
     */
    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, config.pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::pollSafely, 500, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops polling before the connection pool closes at shutdown. */
    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (Throwable e) {
            LOG.debugf("outbox poll failed: %s", e.getMessage());
        }
    }

    void poll() {
        if (!config.enabled() || Instant.now().isBefore(nextAttempt)) {
            return;
        }
        if (nothingDue()) {
            return;
        }
        relayPending();
    }

    /**
     * An idle service polls many times a second: one read of the pending index, outside any transaction,
     * costs a third of an empty claim (BEGIN, SELECT ... FOR UPDATE, COMMIT) on both the JVM and Postgres.
     */
    private boolean nothingDue() {
        try {
            return !pool.preparedQuery(probeSql).execute().await().atMost(DB_TIMEOUT).iterator().next().getBoolean("due");
        } catch (RuntimeException e) {
            return false; // let the claim run into the same failure and back off as usual
        }
    }

    /** Publishes until the backlog is empty or Kafka fails; returns how many events went out. */
    public int relayPending() {
        int total = 0;
        try {
            int batch;
            do {
                batch = relayBatch();
                total += batch;
            } while (batch == config.batchSize());
            if (consecutiveFailures > 0) {
                LOG.infof("outbox relay recovered after %d failed attempts", consecutiveFailures);
            }
            consecutiveFailures = 0;
        } catch (RuntimeException e) {
            backOff(e);
        }
        return total;
    }

    private int relayBatch() {
        SqlConnection connection = pool.getConnection().await().atMost(DB_TIMEOUT);
        Transaction transaction = null;
        try {
            transaction = connection.begin().await().atMost(DB_TIMEOUT);
            RowSet<Row> rows = connection.preparedQuery(claimSql).execute(Tuple.of(config.batchSize()))
                    .await().atMost(DB_TIMEOUT);
            if (rows.size() == 0) {
                transaction.commit().await().atMost(DB_TIMEOUT);
                transaction = null;
                return 0;
            }
            List<UUID> ids = new ArrayList<>(rows.size());
            try {
                send(rows, ids);
            } catch (RuntimeException e) {
                transaction.rollback().await().atMost(DB_TIMEOUT);
                transaction = null;
                recordFailure(ids, e);
                throw e;
            }
            connection.preparedQuery(markSentSql).execute(Tuple.of(ids.toArray(UUID[]::new))).await().atMost(DB_TIMEOUT);
            transaction.commit().await().atMost(DB_TIMEOUT);
            transaction = null;
            published.increment(ids.size());
            return ids.size();
        } finally {
            if (transaction != null) {
                try {
                    transaction.rollback().await().atMost(DB_TIMEOUT);
                } catch (RuntimeException alreadyEnded) {
                    LOG.debugf("rollback after failure: %s", alreadyEnded.getMessage());
                }
            }
            connection.close().await().atMost(DB_TIMEOUT);
        }
    }

    private void send(RowSet<Row> rows, List<UUID> ids) {
        Producer<String, String> kafka = producer.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ids.add(row.getUUID("id"));
            ProducerRecord<String, String> record = new ProducerRecord<>(row.getString("topic"),
                    row.getString("aggregate_id"), row.getString("payload"));
            record.headers().add("content-type", CONTENT_TYPE);
            // consumers skip the types they do not handle from this header, without parsing the event
            record.headers().add(CloudEvents.TYPE_HEADER, row.getString("event_type").getBytes(StandardCharsets.UTF_8));
            acks.add(kafka.send(record));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge: " + rootMessage(e), e);
            }
        }
    }

    private void recordFailure(List<UUID> ids, RuntimeException cause) {
        try {
            pool.preparedQuery(markFailedSql)
                    .execute(Tuple.of(ids.toArray(UUID[]::new), truncate(rootMessage(cause), 1000)))
                    .await().atMost(DB_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.debugf("could not record outbox failure: %s", e.getMessage());
        }
    }

    private void backOff(RuntimeException e) {
        failures.increment();
        consecutiveFailures++;
        long millis = Math.min(config.maxBackoff().toMillis(), 200L << Math.min(consecutiveFailures, 10));
        nextAttempt = Instant.now().plusMillis(millis);
        if (consecutiveFailures == 1 || consecutiveFailures % 20 == 0) {
            LOG.warnf("outbox relay cannot publish (attempt %d, next in %d ms): %s",
                    consecutiveFailures, millis, rootMessage(e));
        }
    }

    @Scheduled(every = "${samia.outbox.stats-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStats() {
        if (!config.enabled()) {
            return;
        }
        try {
            Row row = pool.query(statsSql).execute().await().atMost(DB_TIMEOUT).iterator().next();
            pending.set(row.getLong("pending"));
            oldestAgeSeconds.set(row.getLong("age"));
            statsRefreshedAt = Instant.now();
        } catch (RuntimeException e) {
            LOG.debugf("outbox stats unavailable: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeSent() {
        if (config.enabled()) {
            pool.preparedQuery(purgeSql).execute(Tuple.of((double) config.retention().toSeconds()))
                    .await().atMost(DB_TIMEOUT);
        }
    }

    public long pending() {
        return pending.get();
    }

    public long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }

    public Instant statsRefreshedAt() {
        return statsRefreshedAt;
    }

    public boolean enabled() {
        return config.enabled();
    }

    @PreDestroy
    void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
        producer.close();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
