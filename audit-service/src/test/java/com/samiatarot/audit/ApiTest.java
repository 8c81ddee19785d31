package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static com.samiatarot.audit.Events.money;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ApiTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    static String as(String role) {
        return TestTokens.bearer(UUID.randomUUID(), role);
    }

    static List<ObjectNode> ingestLoginsOf(UUID user, int n) {
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event("user.logged_in", user.toString(), user, "client", Map.of("userId", user.toString())));
        }
        Events.send(events);
        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> auditRows(e) == 1));
        return events;
    }

    // ---- audit-logs ----

    @Test
    void monitorsAndAdminsReadTheAuditTrailNewestFirstByCursorPages() {
        UUID user = UUID.randomUUID();
        List<ObjectNode> events = ingestLoginsOf(user, 3);

        Response first = given().header("Authorization", as("monitor"))
                .queryParam("userId", user).queryParam("limit", 2)
                .when().get("/api/v1/audit-logs")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().response();
        assertEquals(Events.id(events.get(2)), first.path("items[0].eventId"));
        assertEquals(Events.id(events.get(1)), first.path("items[1].eventId"));
        assertEquals("user.logged_in", first.path("items[0].action"));
        assertEquals("203.0.113.7", first.path("items[0].ipAddress"));

        given().header("Authorization", as("super_admin"))
                .queryParam("userId", user).queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .when().get("/api/v1/audit-logs")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].eventId", equalTo(Events.id(events.get(0))))
                .body("nextCursor", nullValue());
    }

    @Test
    void auditLogFiltersNarrowTheList() {
        UUID user = UUID.randomUUID();
        ingestLoginsOf(user, 1);
        given().header("Authorization", as("admin"))
                .queryParam("userId", user).queryParam("action", "user.registered")
                .when().get("/api/v1/audit-logs")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", as("admin"))
                .queryParam("userId", user).queryParam("action", "user.logged_in").queryParam("success", "true")
                .queryParam("resourceType", "user").queryParam("resourceId", user)
                .queryParam("from", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString())
                .when().get("/api/v1/audit-logs")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void clientsAndReadersCannotReadTheAuditTrailAndAnonymousCallersAreUnauthorized() {
        given().header("Authorization", as("client")).when().get("/api/v1/audit-logs")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", as("reader")).when().get("/api/v1/audit-logs")
                .then().statusCode(403);
        given().when().get("/api/v1/audit-logs").then().statusCode(401);
    }

    @Test
    void malformedFiltersAreProblemsNamingTheParameter() {
        given().header("Authorization", as("admin")).queryParam("userId", "not-a-uuid")
                .when().get("/api/v1/audit-logs")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("userId"));
        given().header("Authorization", as("admin")).queryParam("limit", "1000")
                .when().get("/api/v1/audit-logs")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", as("admin")).queryParam("cursor", "garbage!")
                .when().get("/api/v1/audit-logs")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", as("admin")).queryParam("from", "yesterday")
                .when().get("/api/v1/audit-logs")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    // ---- security events ----

    static String raiseTokenReuseAlert(UUID user) {
        String family = UUID.randomUUID().toString();
        ObjectNode reuse = event("token.reuse_detected", user.toString(), null, "service",
                Map.of("userId", user.toString(), "familyId", family));
        Events.send(reuse);
        await().atMost(WAIT).until(() -> auditRows(reuse) == 1);
        return Events.query("select id::text as id from audit.security_events where rule_key = ?", "token_reuse:" + family)
                .get(0).get("id").toString();
    }

    @Test
    void anAdminTriagesAnAlertFromOpenThroughInvestigatingToResolved() {
        UUID user = UUID.randomUUID();
        String id = raiseTokenReuseAlert(user);
        UUID admin = UUID.randomUUID();
        String adminToken = TestTokens.bearer(admin, "admin");

        given().header("Authorization", as("monitor")).queryParam("userId", user).queryParam("status", "open")
                .when().get("/api/v1/security-events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("items[0].severity", equalTo("high")).body("items[0].detectionMethod", equalTo("automated"));

        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"investigating\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(200).body("status", equalTo("investigating"))
                .body("assignedTo", equalTo(admin.toString())).body("resolvedAt", nullValue());

        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"resolved\",\"resolutionNotes\":\"user confirmed a stolen laptop; sessions revoked\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(200).body("status", equalTo("resolved"))
                .body("resolutionNotes", equalTo("user confirmed a stolen laptop; sessions revoked"))
                .body("resolvedAt", notNullValue());

        given().header("Authorization", as("monitor")).when().get("/api/v1/security-events/" + id)
                .then().statusCode(200).body("status", equalTo("resolved"));
        assertEquals(2, Events.count("select count(*) from audit.audit_logs where action = 'security_event.triaged'"
                + " and resource_id = ?::uuid and user_id = ?", id, admin));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        String id = raiseTokenReuseAlert(UUID.randomUUID());
        String adminToken = as("admin");
        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"resolved\",\"resolutionNotes\":\"skipping investigation\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"investigating\"}")
                .when().patch("/api/v1/security-events/" + id).then().statusCode(200);
        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"false_positive\",\"resolutionNotes\":\"pen test\"}")
                .when().patch("/api/v1/security-events/" + id).then().statusCode(200).body("status", equalTo("false_positive"));
        given().header("Authorization", adminToken).contentType("application/json")
                .body("{\"status\":\"open\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(409);
    }

    @Test
    void closingWithoutNotesOrWithAnUnknownStatusIsABadRequest() {
        String id = raiseTokenReuseAlert(UUID.randomUUID());
        given().header("Authorization", as("admin")).contentType("application/json")
                .body("{\"status\":\"closed\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", as("admin")).contentType("application/json")
                .body("{\"status\":\"investigating\",\"severity\":\"low\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(400);
    }

    @Test
    void aMonitorReadsButCannotTriageAndAClientCannotEvenRead() {
        String id = raiseTokenReuseAlert(UUID.randomUUID());
        given().header("Authorization", as("monitor")).when().get("/api/v1/security-events/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", as("monitor")).contentType("application/json")
                .body("{\"status\":\"investigating\"}")
                .when().patch("/api/v1/security-events/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", as("client")).when().get("/api/v1/security-events/" + id).then().statusCode(403);
        given().header("Authorization", as("client")).when().get("/api/v1/security-events").then().statusCode(403);
        given().header("Authorization", as("client")).contentType("application/json")
                .body("{\"status\":\"investigating\"}")
                .when().patch("/api/v1/security-events/" + id).then().statusCode(403);
    }

    @Test
    void anUnknownSecurityEventIsNotFound() {
        given().header("Authorization", as("admin")).when().get("/api/v1/security-events/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", as("admin")).when().get("/api/v1/security-events/not-a-uuid")
                .then().statusCode(404);
    }

    // ---- analytics ----

    static void completeReadingAndChat(UUID client) {
        UUID reader = UUID.randomUUID();
        List<ObjectNode> events = new ArrayList<>();
        for (String price : List.of("30.00", "15.00")) {
            UUID reading = UUID.randomUUID();
            events.add(event("reading.completed", reading.toString(), reader, "reader", Map.of(
                    "readingId", reading.toString(), "clientId", client.toString(), "readerId", reader.toString(),
                    "price", money(price), "durationMinutes", 15)));
        }
        UUID room = UUID.randomUUID();
        events.add(event("message.sent", room.toString(), client, "client", Map.of("messageId", UUID.randomUUID().toString(),
                "roomId", room.toString(), "senderId", client.toString(), "messageType", "text", "sizeBytes", 42)));
        UUID call = UUID.randomUUID();
        events.add(event("call.started", call.toString(), client, "client", Map.of("callId", call.toString(),
                "roomId", room.toString(), "initiatorId", client.toString(), "callType", "video")));
        // The same completion redelivered must not count twice.
        events.add(events.get(0));
        Events.send(events);
        await().atMost(WAIT).until(() -> events.stream().allMatch(e -> auditRows(e) == 1));
    }

    @Test
    void aUserSeesTheirOwnDailyRollupBuiltFromEvents() {
        UUID client = UUID.randomUUID();
        completeReadingAndChat(client);

        given().header("Authorization", TestTokens.bearer(client, "client"))
                .when().get("/api/v1/analytics/users/" + client)
                .then().statusCode(200)
                .body("readingsCompleted", equalTo(2)).body("messagesSent", equalTo(1)).body("callsMade", equalTo(1))
                .body("totalSpent.amount", equalTo("45.00")).body("totalSpent.currency", equalTo("USD"))
                .body("days", hasSize(1))
                .body("days[0].date", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("days[0].averageSessionValue.amount", equalTo("22.50"));
        given().header("Authorization", as("admin")).when().get("/api/v1/analytics/users/" + client)
                .then().statusCode(200).body("readingsCompleted", equalTo(2));
    }

    @Test
    void anotherUsersAnalyticsAreNotFound() {
        UUID client = UUID.randomUUID();
        given().header("Authorization", as("client")).when().get("/api/v1/analytics/users/" + client)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", as("monitor")).when().get("/api/v1/analytics/users/" + client)
                .then().statusCode(404);
    }

    @Test
    void hourlyMetricsAggregateEventsForAdminsAndMonitorsOnly() {
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        Number before = metricValue("readings_completed", hour);
        completeReadingAndChat(UUID.randomUUID());
        Number after = metricValue("readings_completed", hour);
        // Other services' tests may complete readings meanwhile: at least our two were added.
        assertTrue(after.doubleValue() >= before.doubleValue() + 2, before + " -> " + after);

        given().header("Authorization", as("client")).queryParam("name", "readings_completed")
                .when().get("/api/v1/analytics/metrics").then().statusCode(403);
        given().header("Authorization", as("admin"))
                .when().get("/api/v1/analytics/metrics").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().header("Authorization", as("admin")).queryParam("name", "events_ingested").queryParam("level", "weekly")
                .when().get("/api/v1/analytics/metrics").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    static Number metricValue(String name, OffsetDateTime hour) {
        Response response = given().header("Authorization", as("monitor"))
                .queryParam("name", name).queryParam("level", "hourly")
                .queryParam("from", hour.toString()).queryParam("to", hour.plusHours(1).toString())
                .when().get("/api/v1/analytics/metrics")
                .then().statusCode(200).body("name", equalTo(name)).extract().response();
        List<Object> values = response.path("items.value");
        return values.isEmpty() ? 0 : (Number) values.get(0);
    }
}
