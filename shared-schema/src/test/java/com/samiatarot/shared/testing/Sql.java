package com.samiatarot.shared.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC against the test database as a chosen role, so tests can prove what PostgreSQL itself
 * allows or refuses (grants, RLS), independent of the service code. Test-only.
 */
public final class Sql implements AutoCloseable {

    private final Connection connection;

    private Sql(String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url(), user, password);
    }

    public static String url() {
        String host = System.getenv().getOrDefault("SAMIA_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("SAMIA_DB_PORT", "5432");
        String name = System.getenv().getOrDefault("SAMIA_DB_NAME", "samia_test");
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** Connects as {@code <service>_app} or {@code <service>_owner} with the local default password or its env override. */
    public static Sql as(String role) {
        String variable = role.toUpperCase().replace("_OWNER", "_DB_OWNER_PASSWORD").replace("_APP", "_DB_APP_PASSWORD");
        String password = System.getenv().getOrDefault(variable, role + "_local");
        try {
            return new Sql(role, password);
        } catch (SQLException e) {
            throw new AssertionError("cannot connect as " + role, e);
        }
    }

    /** The platform's privileged role, for test fixtures outside any service schema. */
    public static Sql asAdmin() {
        try {
            return new Sql("samia_admin", System.getenv().getOrDefault("SAMIA_DB_ADMIN_PASSWORD", "samia_admin_local"));
        } catch (SQLException e) {
            throw new AssertionError("cannot connect as samia_admin", e);
        }
    }

    /** Runs statements in one transaction with the given claims set the way the services set them. */
    public List<Map<String, Object>> queryWithClaims(String claimsJson, String sql, Object... params) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement set = connection.prepareStatement("select set_config('request.jwt.claims', ?, true)")) {
                set.setString(1, claimsJson);
                set.execute();
            }
            return query(sql, params);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    public List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!statement.execute()) {
                return rows;
            }
            try (ResultSet rs = statement.getResultSet()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    public int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    public Object scalar(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = query(sql, params);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /** The SQLSTATE PostgreSQL answers with, or null when the statement succeeds. */
    public String sqlStateOf(String sql, Object... params) {
        try {
            query(sql, params);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
