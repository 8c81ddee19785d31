package com.samiatarot.shared.problem;

import java.sql.SQLException;

import io.vertx.pgclient.PgException;

/** Finds the PostgreSQL SQLSTATE behind an exception, however Hibernate Reactive or Vert.x wrapped it. */
public final class SqlStates {

    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String CHECK_VIOLATION = "23514";
    public static final String NOT_NULL_VIOLATION = "23502";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK = "40P01";

    private SqlStates() {
    }

    public static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                return pg.getSqlState();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && cv.getSQLState() != null) {
                return cv.getSQLState();
            }
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
        }
        return null;
    }

    /** The constraint name PostgreSQL reported, when there is one. */
    public static String constraint(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && pg.getConstraint() != null) {
                return pg.getConstraint();
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && cv.getConstraintName() != null) {
                return cv.getConstraintName();
            }
        }
        return null;
    }

    public static boolean is(Throwable error, String state) {
        return state.equals(of(error));
    }
}
