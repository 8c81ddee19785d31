package com.samiatarot.shared.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.samiatarot.shared.events.CloudEvents;
import com.samiatarot.shared.testing.Sql;
import com.samiatarot.shared.testing.StandaloneKafkaBroker;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * The relay against a real Kafka broker that goes away and comes back: events written while it is down
 * wait in the outbox and are published exactly once after it returns.
 */
class OutboxRelayTest {

    private static final String SCHEMA = "relay_test";
    private static StandaloneKafkaBroker broker;
    private static Vertx vertx;
    private static Pool pool;
    private static OutboxRelay relay;

    @BeforeAll
    static void setUp() throws Exception {
        broker = StandaloneKafkaBroker.create();
        broker.start();
        createTopic();
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
            String ddl = new String(OutboxRelayTest.class.getResourceAsStream("/db/outbox/V0_1__outbox_and_processed_events.sql").readAllBytes())
                    .replace("${flyway:defaultSchema}", SCHEMA);
            sql.execute(ddl);
        }
        vertx = Vertx.vertx();
        PgConnectOptions connect = PgConnectOptions.fromUri("postgresql://127.0.0.1:5432/" + database())
                .setUser("samia_admin").setPassword(adminPassword());
        pool = Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(2)).connectingTo(connect)
                .using(vertx.getDelegate()).build());
        relay = new OutboxRelay(pool, new TestConfig(), new SimpleMeterRegistry(), SCHEMA, broker.bootstrapServers());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (relay != null) {
            relay.close();
        }
        if (pool != null) {
            pool.closeAndAwait();
        }
        if (vertx != null) {
            vertx.closeAndAwait();
        }
        if (broker != null) {
            broker.close();
        }
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArriveExactlyOnceAfterItComesBack() throws Exception {
        UUID before = writeEvent();
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.relayPending() == 1 || isSent(before));

        broker.stop();
        UUID during = writeEvent();
        assertEquals(0, relay.relayPending(), "nothing can be published while the broker is down");
        assertNotNull(lastError(during), "the failed attempt is recorded on the row");

        broker.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> relay.relayPending() > 0 || isSent(during));

        List<String> keys = consumeAllKeys();
        assertEquals(1, keys.stream().filter((before + " test.happened")::equals).count());
        assertEquals(1, keys.stream().filter((during + " test.happened")::equals).count());
    }

    /** Created up front: auto-creation on first send can outlast the send timeout on a loaded machine. */
    private static void createTopic() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic("relay.test", 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    private static UUID writeEvent() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("insert into " + SCHEMA + ".outbox (id, topic, aggregate_id, event_type, payload) values ('"
                    + id + "', 'relay.test', '" + id + "', 'test.happened', '{\"id\":\"" + id + "\"}')");
        }
        return id;
    }

    private static String lastError(UUID id) throws Exception {
        try (Sql sql = Sql.asAdmin()) {
            return (String) sql.scalar("select last_error from " + SCHEMA + ".outbox where id = ?", id);
        }
    }

    private static boolean isSent(UUID id) throws Exception {
        try (Sql sql = Sql.asAdmin()) {
            return (Boolean) sql.scalar("select sent_at is not null from " + SCHEMA + ".outbox where id = ?", id);
        }
    }

    /** Each record as its key and its {@code ce_type} header: consumers skip types they ignore by that header. */
    private static List<String> consumeAllKeys() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "relay-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("relay.test"));
            long deadline = System.currentTimeMillis() + 15_000;
            while (keys.size() < 2 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    keys.add(keyAndType(record));
                }
            }
            // a little longer, to see a duplicate if there were one
            long settle = System.currentTimeMillis() + 1_500;
            while (System.currentTimeMillis() < settle) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> keys.add(keyAndType(record)));
            }
        }
        return keys;
    }

    private static String keyAndType(ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader(CloudEvents.TYPE_HEADER);
        return record.key() + " " + (type == null ? null : new String(type.value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Connection adminConnection() throws Exception {
        return DriverManager.getConnection(Sql.url(), "samia_admin", adminPassword());
    }

    private static String adminPassword() {
        return System.getenv().getOrDefault("SAMIA_DB_ADMIN_PASSWORD", "samia_admin_local");
    }

    private static String database() {
        return System.getenv().getOrDefault("SAMIA_DB_NAME", "samia_test");
    }

    private static final class TestConfig implements OutboxConfig {
        public boolean enabled() { return true; }
        public int batchSize() { return 50; }
        public Duration pollInterval() { return Duration.ofMillis(50); }
        public Duration maxBacklogAge() { return Duration.ofSeconds(60); }
        public Duration maxBackoff() { return Duration.ofSeconds(1); }
        public Duration retention() { return Duration.ofDays(7); }
        public Duration sendTimeout() { return Duration.ofSeconds(10); }
    }
}
