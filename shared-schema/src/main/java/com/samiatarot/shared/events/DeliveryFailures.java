package com.samiatarot.shared.events;

import java.io.IOException;
import java.util.Set;

import io.vertx.pgclient.PgException;

/**
 * Why applying a consumed event failed: for a while (the database or Kafka is unreachable, a deadlock, a timeout),
 * so the same record is tried again later and nothing is skipped; or for good (poison, a value the effect refuses),
 * so it goes to the dead-letter topic and the partition moves on.
 */
public final class DeliveryFailures {

    /** SQLSTATE classes that say nothing about the event: connection, transaction rollback, resources, operator, system. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58");

    private DeliveryFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (TRANSIENT_SQL_CLASSES.contains(state.substring(0, Math.min(2, state.length())))
                        || "55P03".equals(state));
            }
            if (t instanceof IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof io.smallrye.mutiny.TimeoutException || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof org.apache.kafka.common.errors.RetriableException
                    || t.getClass().getSimpleName().contains("TimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
