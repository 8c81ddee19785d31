package com.samiatarot.tarot;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import com.samiatarot.shared.testing.KafkaProbe;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The wallet side of the saga is simulated by the tests on a topic of their own. On the shared broker a
 * real wallet-service may be running; it answers every reading.requested of these wallet-less test clients
 * with wallet.hold_failed within a few hundred milliseconds, which would cancel readings under the tests.
 * The consumer code is the same; only the topic name differs in the test profile.
 */
public class TestTopics implements QuarkusTestResourceLifecycleManager {

    public static final String WALLET = "tarot.test.wallet.events";

    @Override
    public Map<String, String> start() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(WALLET)) {
                admin.createTopics(List.of(new NewTopic(WALLET, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create test topic " + WALLET, e);
            }
        }
        return Map.of("mp.messaging.incoming.wallet-events.topic", WALLET,
                "mp.messaging.incoming.wallet-events.auto.offset.reset", "earliest");
    }

    @Override
    public void stop() {
    }
}
