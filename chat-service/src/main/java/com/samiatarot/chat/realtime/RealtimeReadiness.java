package com.samiatarot.chat.realtime;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the LISTEN connection is up: an instance that accepted sockets without it would silently
 * miss every message posted through another replica.
 */
@Readiness
@ApplicationScoped
public class RealtimeReadiness implements HealthCheck {

    private final RealtimeListener listener;

    public RealtimeReadiness(RealtimeListener listener) {
        this.listener = listener;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("chat realtime LISTEN").status(listener.listening()).build();
    }
}
