package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static com.samiatarot.audit.Events.id;
import static com.samiatarot.audit.Events.money;
import static com.samiatarot.audit.Events.query;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IngestionTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    static Map<String, Object> registered(UUID userId) {
        return Map.of("userId", userId.toString(), "fullName", "Ada Lovelace", "role", "client", "emailVerified", false);
    }

    @Test
    void aUserRegisteredEventBecomesExactlyOneCompleteAuditRow() {
        UUID user = UUID.randomUUID();
        ObjectNode registered = event("user.registered", user.toString(), user, "client", registered(user));

        Events.send(registered);

        await().atMost(WAIT).until(() -> auditRows(registered) == 1);
        Map<String, Object> row = query("select user_id, action, resource_type, resource_id, host(ip_address) as ip,"
                + " user_agent, request_method, request_path, success, metadata::text as metadata"
                + " from audit.audit_logs where event_id = ?::uuid", id(registered)).get(0);
        assertEquals(user, row.get("user_id"));
        assertEquals("user.registered", row.get("action"));
        assertEquals("user", row.get("resource_type"));
        assertEquals(user, row.get("resource_id"));
        assertEquals("203.0.113.7", row.get("ip"));
        assertEquals("JUnit/5", row.get("user_agent"));
        assertEquals("POST", row.get("request_method"));
        assertEquals("/api/v1/test", row.get("request_path"));
        assertEquals(true, row.get("success"));
        JsonNode metadata = parse(row.get("metadata"));
        assertEquals("Ada Lovelace", metadata.path("fullName").asText());
        assertEquals("identity-service", metadata.path("eventSource").asText());
        assertTrue(metadata.path("schemaKnown").asBoolean());
        assertFalse(metadata.has("ip"), "request context lives in columns, not metadata");
    }

    @Test
    void theSameEventDeliveredTwiceStaysOneRow() {
        UUID user = UUID.randomUUID();
        ObjectNode registered = event("user.registered", user.toString(), user, "client", registered(user));
        ObjectNode marker = event("user.registered", UUID.randomUUID().toString(), null, "service", registered(UUID.randomUUID()));

        Events.send(registered, registered);
        Events.send(registered, marker);

        // The marker was sent last on its own key; once it is in, the duplicates were long processed.
        await().atMost(WAIT).until(() -> auditRows(marker) == 1 && auditRows(registered) >= 1);
        assertEquals(1, auditRows(registered));
        assertEquals(1, Events.count("select count(*) from audit.ingested_events where event_id = ?::uuid", id(registered)));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordIsStillIngested() {
        String marker = "poison-" + UUID.randomUUID();
        UUID user = UUID.randomUUID();
        ObjectNode good = event("user.registered", user.toString(), user, "client", registered(user));
        ObjectNode badEnvelope = event("user.registered", user.toString(), user, "client", registered(user));
        badEnvelope.remove("specversion");
        badEnvelope.put("source", marker);
        // Two probes, one per expected letter: another audit consumer group (a running stack) may add its own copies.
        try (KafkaProbe notJson = KafkaProbe.listen(Topics.AUDIT_DLQ); KafkaProbe invalid = KafkaProbe.listen(Topics.AUDIT_DLQ)) {
            String key = user.toString();
            Events.sendRaw(Topics.IDENTITY, key, "{not json " + marker);
            Events.sendRaw(Topics.IDENTITY, key, badEnvelope.toString());
            Events.send(good);

            JsonNode first = notJson.await(l -> l.path("payload").asText().startsWith("{not json " + marker), WAIT);
            assertEquals("not JSON", first.path("reason").asText());
            assertEquals(Topics.IDENTITY, first.path("topic").asText());
            JsonNode second = invalid.await(l -> l.path("payload").asText().contains(marker)
                    && l.path("reason").asText().startsWith("envelope:"), WAIT);
            assertTrue(second.path("reason").asText().contains("specversion"), second.toString());
            await().atMost(WAIT).until(() -> auditRows(good) == 1);
        }
    }

    @Test
    void anEventThatBreaksItsTypesSchemaIsDeadLettered() {
        UUID user = UUID.randomUUID();
        ObjectNode broken = event("user.registered", user.toString(), user, "client",
                Map.of("userId", user.toString(), "role", "emperor"));
        try (KafkaProbe dlq = KafkaProbe.listen(Topics.AUDIT_DLQ)) {
            Events.sendUnchecked(broken);
            JsonNode letter = dlq.await(l -> l.path("payload").asText().contains(id(broken)), WAIT);
            assertTrue(letter.path("reason").asText().contains("user.registered"), letter.toString());
        }
        assertEquals(0, auditRows(broken));
    }

    @Test
    void aValidEnvelopeOfATypeWithoutASchemaYetIsKeptAndMarkedSchemaUnknown() {
        UUID user = UUID.randomUUID();
        ObjectNode novel = event("user.avatar_polished", user.toString(), user, "client", Map.of("userId", user.toString()));

        Events.send(novel);

        await().atMost(WAIT).until(() -> auditRows(novel) == 1);
        JsonNode metadata = parse(query("select metadata::text as m from audit.audit_logs where event_id = ?::uuid", id(novel))
                .get(0).get("m"));
        assertFalse(metadata.path("schemaKnown").asBoolean(true));
    }

    @Test
    void roleChangesKeepTheirOldAndNewValuesAndFailuresAreRecordedAsUnsuccessful() {
        UUID admin = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        Map<String, Object> change = new HashMap<>();
        change.put("userId", target.toString());
        change.put("oldRole", "client");
        change.put("newRole", "reader");
        change.put("oldValues", Map.of("role", "client"));
        change.put("newValues", Map.of("role", "reader"));
        ObjectNode roleChanged = event("user.role_changed", target.toString(), admin, "super_admin", change);
        String accountKey = Events.accountKey("nobody-" + UUID.randomUUID() + "@example.com");
        Map<String, Object> failure = new HashMap<>();
        failure.put("userId", null);
        failure.put("accountKey", accountKey);
        failure.put("reason", "bad_credentials");
        ObjectNode loginFailed = event("user.login_failed", accountKey, null, "anonymous", failure);

        Events.send(roleChanged, loginFailed);

        await().atMost(WAIT).until(() -> auditRows(roleChanged) == 1 && auditRows(loginFailed) == 1);
        Map<String, Object> role = query("select user_id, resource_id, old_values::text as o, new_values::text as n, success"
                + " from audit.audit_logs where event_id = ?::uuid", id(roleChanged)).get(0);
        assertEquals(admin, role.get("user_id"), "the actor is the audit row's user");
        assertEquals(target, role.get("resource_id"));
        assertEquals("client", parse(role.get("o")).path("role").asText());
        assertEquals("reader", parse(role.get("n")).path("role").asText());
        assertEquals(true, role.get("success"));
        Map<String, Object> login = query("select user_id, resource_id, success, error_message,"
                + " metadata ->> 'accountKey' as account from audit.audit_logs where event_id = ?::uuid", id(loginFailed)).get(0);
        assertNull(login.get("user_id"));
        assertNull(login.get("resource_id"), "an accountKey subject is not a UUID");
        assertEquals(false, login.get("success"));
        assertEquals("bad_credentials", login.get("error_message"));
        assertEquals(accountKey, login.get("account"));
    }

    @Test
    void everyIdentityAndTarotEventTypeLandsAsTheRightRow() {
        UUID user = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        UUID spread = UUID.randomUUID();
        UUID family = UUID.randomUUID();
        String u = user.toString();
        List<ObjectNode> events = new ArrayList<>();
        events.add(event("user.registered", u, user, "client", registered(user)));
        events.add(event("user.email_verified", u, user, "client", Map.of("userId", u)));
        events.add(event("user.logged_in", u, user, "client", Map.of("userId", u)));
        events.add(event("user.password_changed", u, user, "client", Map.of("userId", u, "via", "change")));
        events.add(event("user.password_reset_requested", u, null, "anonymous", Map.of("userId", u)));
        events.add(event("user.deactivated", u, user, "client", Map.of("userId", u, "reason", "left")));
        events.add(event("user.reactivated", u, UUID.randomUUID(), "admin", Map.of("userId", u)));
        events.add(event("user.deleted", u, user, "client", Map.of("userId", u)));
        Map<String, Object> profile = new HashMap<>();
        profile.put("userId", u);
        profile.put("profileType", "reader");
        profile.put("fullName", "R");
        profile.put("profileImageUrl", null);
        profile.put("bio", "b");
        profile.put("specializations", List.of("love"));
        profile.put("languages", List.of("en"));
        profile.put("readingRate", money("2.50"));
        profile.put("experienceYears", 3);
        events.add(event("profile.updated", u, user, "reader", profile));
        events.add(event("reader.status_changed", u, user, "reader", Map.of("userId", u, "online", true)));
        events.add(event("token.reuse_detected", u, null, "service", Map.of("userId", u, "familyId", family.toString())));
        events.add(event("config.changed", "max_reading_minutes", UUID.randomUUID(), "super_admin",
                Map.of("configKey", "max_reading_minutes", "sensitive", false)));
        String r = reading.toString();
        String c = user.toString();
        String rd = reader.toString();
        events.add(event("reading.created", r, user, "client", Map.of("readingId", r, "clientId", c,
                "spreadId", spread.toString(), "sessionType", "standard", "cardCount", 3)));
        events.add(event("reading.requested", r, user, "client", Map.of("readingId", r, "clientId", c, "readerId", rd,
                "spreadId", spread.toString(), "sessionType", "standard", "durationMinutes", 15, "price", money("30.00"))));
        events.add(event("reading.accepted", r, reader, "reader", Map.of("readingId", r, "clientId", c, "readerId", rd,
                "price", money("30.00"))));
        events.add(event("reading.started", r, reader, "reader", Map.of("readingId", r, "clientId", c, "readerId", rd)));
        events.add(event("reading.completed", r, reader, "reader", Map.of("readingId", r, "clientId", c, "readerId", rd,
                "price", money("30.00"), "durationMinutes", 15)));
        events.add(event("reading.cancelled", r, user, "client", Map.of("readingId", r, "clientId", c, "readerId", rd,
                "cancelledBy", "client", "reason", "changed my mind")));
        events.add(event("reading.rated", r, user, "client", Map.of("readingId", r, "clientId", c, "readerId", rd, "rating", 5)));
        for (String type : List.of("spread.created", "spread.updated", "spread.deleted")) {
            events.add(event(type, spread.toString(), reader, "reader", Map.of("spreadId", spread.toString(),
                    "createdBy", rd, "isPublic", false, "cardCount", 3)));
        }

        Events.send(events);

        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> auditRows(e) == 1));
        for (ObjectNode e : events) {
            Map<String, Object> row = query("select action, resource_type, resource_id::text as rid, user_id::text as uid"
                    + " from audit.audit_logs where event_id = ?::uuid", id(e)).get(0);
            String type = e.path("type").asText();
            assertEquals(type, row.get("action"));
            assertEquals(type.substring(0, type.indexOf('.')), row.get("resource_type"), type);
            String subject = e.path("subject").asText();
            assertEquals(subject.length() == 36 ? subject : null, row.get("rid"), type);
            String actor = e.path("data").path("actorId").asText(null);
            String expectedUser = actor != null ? actor : e.path("data").path("userId").asText(null);
            assertEquals(expectedUser, row.get("uid"), type);
        }
    }

    @Test
    void theRuntimeRoleCannotRewriteOrEraseTheAuditTrail() throws Exception {
        try (Sql app = Sql.as("audit_app")) {
            assertEquals("42501", app.sqlStateOf("update audit.audit_logs set action = 'forged'"));
            assertEquals("42501", app.sqlStateOf("delete from audit.audit_logs"));
            assertEquals("42501", app.sqlStateOf("truncate audit.audit_logs"));
            // Partitions directly: no way around the parent's grants and policies.
            String partition = (String) Events.query("select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                    + " where i.inhparent = 'audit.audit_logs'::regclass limit 1").get(0).get("name");
            assertEquals("42501", app.sqlStateOf("select * from audit." + partition));
            assertEquals("42501", app.sqlStateOf("delete from audit." + partition));
        }
    }

    @Test
    void onlyAdminsAndMonitorsSeeAuditRowsThroughRowLevelSecurity() throws Exception {
        UUID user = UUID.randomUUID();
        ObjectNode registered = event("user.registered", user.toString(), user, "client", registered(user));
        Events.send(registered);
        await().atMost(WAIT).until(() -> auditRows(registered) == 1);
        String sql = "select count(*) as n from audit.audit_logs where event_id = '" + id(registered) + "'";
        try (Sql app = Sql.as("audit_app")) {
            assertEquals(0L, app.queryWithClaims("{\"sub\":\"" + user + "\",\"role\":\"client\"}", sql).get(0).get("n"));
            assertEquals(0L, app.queryWithClaims("{\"sub\":\"" + user + "\",\"role\":\"reader\"}", sql).get(0).get("n"));
            assertEquals(1L, app.queryWithClaims("{\"sub\":\"" + UUID.randomUUID() + "\",\"role\":\"monitor\"}", sql).get(0).get("n"));
            assertEquals(1L, app.queryWithClaims("{\"sub\":\"" + UUID.randomUUID() + "\",\"role\":\"admin\"}", sql).get(0).get("n"));
            assertEquals("42501", app.sqlStateOf("insert into audit.audit_logs(action) values ('forged')"));
        }
    }

    @Test
    void futureMonthlyPartitionsExist() {
        long partitions = Events.count("select count(*) from pg_inherits where inhparent = 'audit.audit_logs'::regclass");
        assertTrue(partitions >= 5, "last month, this month, three ahead (+ default), was " + partitions);
        assertEquals(1, Events.count("select count(*) from pg_class where relname = to_char(now() at time zone 'UTC'"
                + " + interval '3 months', '\"audit_logs_\"YYYY_MM') and relnamespace = 'audit'::regnamespace"));
    }

    @Test
    void anEventBeyondTheCreatedMonthsWaitsInTheDefaultPartitionAndMovesWhenItsMonthIsCreated() throws Exception {
        UUID user = UUID.randomUUID();
        // The first month without a partition yet (earlier runs on the same database created some).
        int monthsAhead = 4;
        while (monthsAhead <= 24 && Events.count("select count(*) from pg_class where relnamespace = 'audit'::regnamespace"
                + " and relname = ?", partitionName(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusMonths(monthsAhead))) > 0) {
            monthsAhead++;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(monthsAhead <= 24, "every month up to two years ahead already has a partition");
        java.time.OffsetDateTime farFuture = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusMonths(monthsAhead);
        ObjectNode early = event("user.logged_in", user.toString(), user, "client", Map.of("userId", user.toString()));
        early.put("time", farFuture.toString());

        Events.send(early);

        await().atMost(WAIT).until(() -> auditRows(early) == 1);
        String partitionSql = "select c.relname::text as p from audit.audit_logs a join pg_class c on c.oid = a.tableoid"
                + " where a.event_id = ?::uuid";
        assertEquals("audit_logs_default", Events.query(partitionSql, id(early)).get(0).get("p"));
        try (Sql app = Sql.as("audit_app")) {
            // What the daily job does, with a longer horizon: the runtime role may run it (SECURITY DEFINER).
            app.query("select audit.ensure_audit_log_partitions(?)", monthsAhead);
        }
        String expected = partitionName(farFuture);
        assertEquals(expected, Events.query(partitionSql, id(early)).get(0).get("p"));
        try (Sql app = Sql.as("audit_app")) {
            assertEquals("42501", app.sqlStateOf("select * from audit." + expected), "new partitions are revoked from the app role");
        }
    }

    static String partitionName(java.time.OffsetDateTime time) {
        return String.format("audit_logs_%04d_%02d", time.getYear(), time.getMonthValue());
    }

    static JsonNode parse(Object text) {
        try {
            return Events.MAPPER.readTree((String) text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
