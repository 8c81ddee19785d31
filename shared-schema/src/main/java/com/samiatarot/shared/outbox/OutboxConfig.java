package com.samiatarot.shared.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samia.outbox")
public interface OutboxConfig {

    /** Off for a service that produces nothing. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("200")
    int batchSize();

    /** Pause between polls of an empty outbox. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** Readiness goes DOWN when the oldest unsent event is older than this. */
    @WithDefault("60s")
    Duration maxBacklogAge();

    /** Longest pause between attempts while Kafka is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** Sent rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration retention();

    @WithDefault("10s")
    Duration sendTimeout();
}
