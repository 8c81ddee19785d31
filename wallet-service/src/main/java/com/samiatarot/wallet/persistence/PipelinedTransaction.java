package com.samiatarot.wallet.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.samiatarot.shared.security.RlsClaims;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Future;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * One transaction on the reactive SQL client whose statements are pipelined: each is written to the connection when
 * it is known, without waiting for the answers to the ones before, and PostgreSQL runs them in order. BEGIN and the
 * RLS claims (transaction-local, as {@code Rls} sets them) are one message that travels with the first statements, so
 * they cost no round trip of their own. For hot paths only: Hibernate Reactive waits for each answer before the next statement and
 * costs far more CPU per statement (a withdrawal took 16 round trips through it). What keeps this as safe:
 * <ul>
 * <li>A statement PostgreSQL refuses aborts its transaction, and a COMMIT after that rolls back; every answer is
 *     checked before an outcome is reported, the first failure (in order) is the one reported.</li>
 * <li>A statement the client refuses to send (a parameter it cannot encode) is never seen by PostgreSQL, so it cannot
 *     abort anything: the statements before the COMMIT are reads and locks, and everything the transaction writes is
 *     one statement ({@link #commitWith}), sent with the COMMIT.</li>
 * <li>The transaction always ends, COMMIT or ROLLBACK, before its connection goes back to the pool, even when the
 *     caller went away: a run is not cancellable.</li>
 * </ul>
 */
public final class PipelinedTransaction {


    private final SqlConnection connection;
    private final List<Future<RowSet<Row>>> sent = new ArrayList<>();
    private boolean ended;

    private PipelinedTransaction(SqlConnection connection, RlsClaims claims) {
        this.connection = connection;
        // one message for both; the claims are a UUID and a role name (RlsClaims.toJson), quoted all the same
        sent.add(connection.query("BEGIN; SELECT set_config('request.jwt.claims', '" + claims.toJson().replace("'", "''")
                + "', true)").execute());
    }

    /**
     * Runs {@code work} in one transaction as {@code claims}; rolled back unless the work committed it. The returned
     * Uni may be cancelled; the transaction still runs to its end.
     */
    public static <T> Uni<T> run(Pool pool, RlsClaims claims, Function<PipelinedTransaction, Uni<T>> work) {
        // plain Vert.x futures around the work: every Mutiny operator here would capture and restore the request's
        // contexts (context propagation) for nothing, and a hot path runs this twice per request
        return Uni.createFrom().emitter(emitter -> pool.getDelegate().getConnection().onComplete(connected -> {
            if (connected.failed()) {
                emitter.fail(connected.cause());
                return;
            }
            PipelinedTransaction tx = new PipelinedTransaction(connected.result(), claims);
            Uni<T> run;
            try {
                run = work.apply(tx);
            } catch (Throwable e) {
                run = Uni.createFrom().failure(e);
            }
            // not tied to the emitter: a caller that goes away does not stop the transaction before it ended
            run.subscribe().with(item -> tx.end().onComplete(ended -> emitter.complete(item)),
                    failure -> tx.end().onComplete(ended -> emitter.fail(failure)));
        }));
    }

    /** Sends a read or a lock now, behind everything sent before; its rows are there once {@link #answers} completed. */
    public Future<RowSet<Row>> send(String sql, Tuple arguments) {
        if (ended) {
            throw new IllegalStateException("the transaction has ended");
        }
        Future<RowSet<Row>> answer = connection.preparedQuery(sql).execute(arguments);
        sent.add(answer);
        return answer;
    }

    /** Completes when every statement sent so far has answered; fails with the first that failed. */
    public Uni<Void> answers() {
        return UniHelper.toUni(answered());
    }

    private Future<Void> answered() {
        List<Future<RowSet<Row>>> awaited = List.copyOf(sent);
        return Future.join(awaited).transform(ignored -> {
            for (Future<RowSet<Row>> answer : awaited) {
                if (answer.failed()) {
                    return Future.failedFuture(answer.cause());
                }
            }
            return Future.succeededFuture();
        });
    }

    /**
     * Sends the one statement that writes what this transaction changes, and COMMIT right behind it. Its rows once
     * everything answered; a failure when anything failed (then PostgreSQL rolled the transaction back).
     */
    public Uni<RowSet<Row>> commitWith(String sql, Tuple arguments) {
        Future<RowSet<Row>> written = send(sql, arguments);
        sent.add(connection.query("COMMIT").execute());
        ended = true;
        return UniHelper.toUni(answered().map(ignored -> written.result()));
    }

    /** Completes (never fails) once the transaction ended and its connection went back to the pool. */
    private Future<Void> end() {
        Future<?> rollback = ended ? Future.succeededFuture() : connection.query("ROLLBACK").execute();
        ended = true;
        return rollback.transform(ignored -> connection.close()).otherwiseEmpty();
    }
}
