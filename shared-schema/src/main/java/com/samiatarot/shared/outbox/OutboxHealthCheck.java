package com.samiatarot.shared.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the oldest unsent event is older than {@code samia.outbox.max-backlog-age}. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        if (!relay.enabled()) {
            return HealthCheckResponse.named("outbox").up().withData("enabled", false).build();
        }
        long age = relay.oldestAgeSeconds();
        boolean statsFresh = relay.statsRefreshedAt().isAfter(Instant.now().minus(Duration.ofSeconds(30)));
        boolean backlogOk = age <= config.maxBacklogAge().toSeconds();
        return HealthCheckResponse.named("outbox")
                .status(backlogOk && statsFresh)
                .withData("pending", relay.pending())
                .withData("oldestAgeSeconds", age)
                .withData("maxBacklogAgeSeconds", config.maxBacklogAge().toSeconds())
                .withData("statsFresh", statsFresh)
                .build();
    }
}
