package com.samiatarot.tarot.api;

import static com.samiatarot.tarot.TestData.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;
import com.samiatarot.tarot.TestData;

import io.quarkus.test.junit.QuarkusTest;

/** What PostgreSQL itself allows the runtime role, independent of the service code (the second wall). */
@QuarkusTest
class RowLevelSecurityTest {

    static String claims(UUID sub, String role) {
        return "{\"sub\":\"" + sub + "\",\"role\":\"" + role + "\"}";
    }

    @Test
    void foreignClaimsSeeNoneOfAClientsReadings() throws Exception {
        UUID client = UUID.randomUUID();
        String id = as(client, "client").body(AiReadingTest.aiReading(TestData.spread("Single Card"), "private thoughts"))
                .post("/api/v1/readings").then().statusCode(201).extract().path("id");
        try (Sql app = Sql.as("tarot_app")) {
            String byId = "select id, question from tarot.reading_sessions where id = ?::uuid";
            assertEquals(0, app.queryWithClaims(claims(UUID.randomUUID(), "client"), byId, id).size());
            assertEquals(0, app.queryWithClaims(claims(UUID.randomUUID(), "reader"), byId, id).size());
            assertEquals(0, app.queryWithClaims("{}", byId, id).size());
            assertEquals(0L, app.queryWithClaims(claims(UUID.randomUUID(), "client"),
                    "select count(*) as n from tarot.reading_sessions where client_id = ?::uuid", client.toString())
                    .get(0).get("n"));
            assertEquals(1, app.queryWithClaims(claims(client, "client"), byId, id).size());
            assertEquals(1, app.queryWithClaims(claims(UUID.randomUUID(), "admin"), byId, id).size());
            assertEquals(1, app.queryWithClaims("{\"role\":\"service\"}", byId, id).size());
        }
    }

    @Test
    void theOneStatementReadSeesOnlyWhatTheClaimsAllowAndForgetsThemAfterwards() throws Exception {
        UUID client = UUID.randomUUID();
        String id = as(client, "client").body(AiReadingTest.aiReading(TestData.spread("Single Card"), null))
                .post("/api/v1/readings").then().statusCode(201).extract().path("id");
        try (Sql app = Sql.as("tarot_app")) {
            String read = "select id from tarot.reading_as(?, ?::uuid)";
            assertEquals(0, app.query(read, claims(UUID.randomUUID(), "client"), id).size());
            assertEquals(0, app.query(read, "{}", id).size());
            assertEquals(1, app.query(read, claims(client, "client"), id).size());
            // Outside a transaction block the claims die with the statement: the next one on the same
            // connection is anonymous again and sees nothing.
            assertEquals(0, app.query("select id from tarot.reading_sessions where id = ?::uuid", id).size());
            assertEquals("", app.scalar("select coalesce(current_setting('request.jwt.claims', true), '')"));
        }
    }

    @Test
    void aForeignUpdateTouchesNoRowAndAForgedInsertIsRefused() throws Exception {
        UUID client = UUID.randomUUID();
        String id = as(client, "client").body(AiReadingTest.aiReading(TestData.spread("Single Card"), null))
                .post("/api/v1/readings").then().statusCode(201).extract().path("id");
        String spread = TestData.spread("Single Card");
        try (Sql app = Sql.as("tarot_app")) {
            List<Map<String, Object>> updated = app.queryWithClaims(claims(UUID.randomUUID(), "client"),
                    "with u as (update tarot.reading_sessions set satisfaction_rating = 1 where id = ?::uuid returning id)"
                            + " select count(*) as n from u", id);
            assertEquals(0L, updated.get(0).get("n"));
            String state = stateOf(app, claims(UUID.randomUUID(), "client"),
                    "insert into tarot.reading_sessions (client_id, spread_id, cards_drawn) values ('" + client + "', '"
                            + spread + "', '[]')");
            assertEquals("42501", state, "a client cannot create a reading in someone else's name");
        }
    }

    @Test
    void privateSpreadsAndTheReaderProjectionAreProtected() throws Exception {
        UUID owner = UUID.randomUUID();
        String id = as(owner, "client").body(TestData.spreadBody("Hidden", 1, TestData.positions(1), false))
                .post("/api/v1/spreads").then().statusCode(201).extract().path("id");
        UUID reader = TestData.reader(new BigDecimal("1.00"), true);
        try (Sql app = Sql.as("tarot_app")) {
            String byId = "select id from tarot.tarot_spreads where id = ?::uuid";
            assertEquals(0, app.queryWithClaims(claims(UUID.randomUUID(), "client"), byId, id).size());
            assertEquals(0, app.queryWithClaims("{\"role\":\"anon\"}", byId, id).size());
            assertEquals(1, app.queryWithClaims(claims(owner, "client"), byId, id).size());
            // Only the service (the identity.events consumer) writes the projection.
            String state = stateOf(app, claims(reader, "reader"),
                    "update tarot.readers set rate_per_minute = 0.01 where user_id = '" + reader + "' returning user_id");
            assertTrue(state == null, "an update hidden by RLS returns no row rather than an error");
            List<Map<String, Object>> rows = app.queryWithClaims(claims(reader, "reader"),
                    "with u as (update tarot.readers set rate_per_minute = 0.01 where user_id = ?::uuid returning 1) select count(*) as n from u",
                    reader.toString());
            assertEquals(0L, rows.get(0).get("n"));
            assertEquals("42501", stateOf(app, claims(reader, "reader"),
                    "insert into tarot.readers (user_id, is_reader) values ('" + UUID.randomUUID() + "', true)"));
        }
    }

    @Test
    void theRuntimeRoleCannotRewriteMigrationHistoryOrTheDeck() throws Exception {
        try (Sql app = Sql.as("tarot_app")) {
            assertEquals("42501", app.sqlStateOf("select * from tarot.flyway_schema_history"));
            String state = stateOf(app, "{\"role\":\"service\"}", "update tarot.tarot_cards set name = 'x' returning id");
            assertTrue(state == null, "no update policy on the deck: the update matches no row");
            List<Map<String, Object>> rows = app.queryWithClaims("{\"role\":\"service\"}",
                    "with u as (update tarot.tarot_cards set name = 'x' returning 1) select count(*) as n from u");
            assertEquals(0L, rows.get(0).get("n"));
        }
    }

    private static String stateOf(Sql app, String claims, String sql) {
        try {
            app.queryWithClaims(claims, sql);
            return null;
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }
}
