package com.samiatarot.shared.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * The privileged one-shot step of DESIGN §2: creates the database if needed, applies the versioned
 * platform SQL (history in schema {@code platform}) and sets the service roles' passwords from the
 * environment. Run by deploy/local/stack.sh locally and by a Kubernetes Job in a cluster; services
 * never hold these credentials. Re-running it is harmless.
 */
public final class PlatformMigrator {

    static final List<String> SERVICES = List.of("identity", "tarot", "chat", "wallet", "audit");

    private PlatformMigrator() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault("SAMIA_DB_URL", "jdbc:postgresql://127.0.0.1:5432/samia");
        String user = env.getOrDefault("SAMIA_DB_ADMIN_USER", "samia_admin");
        String password = env.getOrDefault("SAMIA_DB_ADMIN_PASSWORD", "samia_admin_local");

        createDatabaseIfMissing(url, user, password);
        Flyway.configure()
                .dataSource(url, user, password)
                .schemas("platform")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        setRolePasswords(url, user, password, env);
        System.out.println("platform schema applied to " + databaseName(url));
    }

    static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        String database = databaseName(url);
        String maintenanceUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + quoteIdentifier(database));
                }
            }
        }
    }

    /** Passwords are not versioned SQL: they come from the environment (a Secret in a cluster) on every run. */
    static void setRolePasswords(String url, String user, String password, Map<String, String> env) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String service : SERVICES) {
                for (String kind : List.of("owner", "app")) {
                    String role = service + "_" + kind;
                    String variable = (service + "_DB_" + kind + "_PASSWORD").toUpperCase();
                    String secret = env.getOrDefault(variable, role + "_local");
                    statement.execute("ALTER ROLE " + quoteIdentifier(role) + " PASSWORD " + quoteLiteral(secret));
                }
            }
        }
    }

    static String databaseName(String url) {
        String tail = url.substring(url.lastIndexOf('/') + 1);
        int query = tail.indexOf('?');
        return query < 0 ? tail : tail.substring(0, query);
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
