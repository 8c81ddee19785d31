package com.samiatarot.audit.domain;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.audit.config.DetectionConfig;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Prunes detection_counts daily: the per-minute counts matter only inside the rules' windows, and would otherwise
 * grow by a row per rule, subject and busy minute forever. Through V6's SECURITY DEFINER function, since the runtime
 * role may not delete counts itself.
 */
@ApplicationScoped
public class DetectionCountsRetention {

    private static final Logger LOG = Logger.getLogger(DetectionCountsRetention.class);

    private final Pool pool;
    private final DetectionConfig config;

    public DetectionCountsRetention(Pool pool, DetectionConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Scheduled(cron = "0 17 0 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return prune().replaceWithVoid();
    }

    /** Removes the counts of minutes older than the effective retention; returns how many rows went. */
    public Uni<Integer> prune() {
        Duration keep = config.effectiveCountsRetention();
        return pool.preparedQuery("select audit.prune_detection_counts(make_interval(secs => $1)) as removed")
                .execute(Tuple.of((double) keep.toSeconds()))
                .map(rows -> rows.iterator().next().getInteger("removed"))
                .invoke(removed -> {
                    if (removed > 0) {
                        LOG.infof("pruned %d per-minute detection counts older than %s", removed, keep);
                    }
                });
    }
}
