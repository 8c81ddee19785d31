package com.samiatarot.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.samiatarot.audit.config.PartitionConfig;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps monthly partitions of audit_logs ahead of time, at startup and daily, through the SECURITY
 * DEFINER function of V1 (the runtime role cannot create tables itself). Rows never fail for lack of a
 * partition anyway: the default partition catches them and the function moves them later.
 */
@ApplicationScoped
public class PartitionMaintenance {

    private static final Logger LOG = Logger.getLogger(PartitionMaintenance.class);

    private final Pool pool;
    private final PartitionConfig config;

    public PartitionMaintenance(Pool pool, PartitionConfig config) {
        this.pool = pool;
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        ensureFuturePartitions().subscribe().with(created -> {
        }, failure -> LOG.warnf("audit_logs partitions not checked at startup: %s", failure.getMessage()));
    }

    @Scheduled(cron = "0 7 0 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return ensureFuturePartitions().replaceWithVoid();
    }

    public Uni<Integer> ensureFuturePartitions() {
        return pool.preparedQuery("select audit.ensure_audit_log_partitions($1) as created")
                .execute(Tuple.of(config.monthsAhead()))
                .map(rows -> rows.iterator().next().getInteger("created"))
                .invoke(created -> {
                    if (created > 0) {
                        LOG.infof("created %d monthly audit_logs partitions", created);
                    }
                });
    }
}
