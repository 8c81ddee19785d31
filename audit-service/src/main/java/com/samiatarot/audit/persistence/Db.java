package com.samiatarot.audit.persistence;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.security.RlsClaims;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The RLS transaction of shared {@code Rls}, on the reactive SQL client instead of a Hibernate session:
 * audit-service works in set-based SQL (batch inserts, upserts, partitioned tables) that entities do not
 * express. Same rule: the first statement publishes the claims with {@code is_local = true}.
 */
@ApplicationScoped
public class Db {

    private static final String SET_CLAIMS = "select set_config('request.jwt.claims', $1, true)";

    private final Pool pool;

    public Db(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<T> inTransaction(RlsClaims claims, Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(connection -> connection.preparedQuery(SET_CLAIMS)
                .execute(Tuple.of(claims.toJson()))
                .chain(ignored -> work.apply(connection)));
    }

    public <T> Uni<T> asService(Function<SqlConnection, Uni<T>> work) {
        return inTransaction(RlsClaims.service(), work);
    }

    public Pool pool() {
        return pool;
    }
}
