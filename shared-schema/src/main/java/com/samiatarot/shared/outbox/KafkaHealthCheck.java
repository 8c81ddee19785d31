package com.samiatarot.shared.outbox;

import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether the Kafka cluster answers; the answer is cached briefly so probes stay cheap. */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    private static final long CACHE_MILLIS = 5_000;

    private final String bootstrapServers;
    private volatile Admin admin;
    private volatile HealthCheckResponse last;
    private volatile Instant lastAt = Instant.EPOCH;

    public KafkaHealthCheck(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        if (last != null && lastAt.plusMillis(CACHE_MILLIS).isAfter(Instant.now())) {
            return last;
        }
        HealthCheckResponse response;
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            response = HealthCheckResponse.named("kafka").up().withData("nodes", nodes).build();
        } catch (Exception e) {
            response = HealthCheckResponse.named("kafka").down().withData("error", OutboxRelay.rootMessage(e)).build();
        }
        last = response;
        lastAt = Instant.now();
        return response;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-" + Integer.toHexString(System.identityHashCode(this)));
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
