package com.samiatarot.shared.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;

/** What the platform SQL promises, checked against the real PostgreSQL as the runtime roles. */
class PlatformSchemaTest {

    @Test
    void authUidReturnsTheSubjectOfTheClaims() throws Exception {
        UUID user = UUID.randomUUID();
        try (Sql app = Sql.as("identity_app")) {
            Object uid = app.queryWithClaims("{\"sub\":\"" + user + "\",\"role\":\"client\"}", "select auth.uid() as uid")
                    .get(0).get("uid");
            assertEquals(user, uid);
        }
    }

    @Test
    void authRoleReadsTheVerifiedRoleClaim() throws Exception {
        try (Sql app = Sql.as("wallet_app")) {
            var row = app.queryWithClaims("{\"sub\":null,\"role\":\"admin\"}",
                    "select auth.role() as role, auth.is_admin() as admin, auth.is_service() as service").get(0);
            assertEquals("admin", row.get("role"));
            assertEquals(true, row.get("admin"));
            assertEquals(false, row.get("service"));
        }
    }

    @Test
    void withoutClaimsTheCallerIsNobody() throws Exception {
        try (Sql app = Sql.as("tarot_app")) {
            var row = app.query("select auth.uid() as uid, auth.role() as role, auth.is_admin() as admin").get(0);
            assertNull(row.get("uid"));
            assertNull(row.get("role"));
            assertEquals(false, row.get("admin"));
        }
    }

    @Test
    void aMalformedSubjectFailsClosed() {
        try (Sql app = Sql.as("chat_app")) {
            String state;
            try {
                app.queryWithClaims("{\"sub\":\"not-a-uuid\"}", "select auth.uid()");
                state = null;
            } catch (java.sql.SQLException e) {
                state = e.getSQLState();
            }
            assertEquals("22P02", state, "invalid input syntax for type uuid");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneServicesRuntimeRoleCannotReadAnotherServicesSchema() {
        try (Sql tarot = Sql.as("tarot_app")) {
            assertEquals("42501", tarot.sqlStateOf("select * from identity.users"));
            assertEquals("42501", tarot.sqlStateOf("select * from wallet.outbox"));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void runtimeRolesCannotCreateObjectsEvenInTheirOwnSchema() {
        try (Sql app = Sql.as("audit_app")) {
            assertEquals("42501", app.sqlStateOf("create table audit.sneaky (id int)"));
            assertEquals("42501", app.sqlStateOf("create table public.sneaky (id int)"));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ownersCannotTouchOtherServicesSchemas() {
        try (Sql owner = Sql.as("chat_owner")) {
            assertEquals("42501", owner.sqlStateOf("create table wallet.sneaky (id int)"));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
