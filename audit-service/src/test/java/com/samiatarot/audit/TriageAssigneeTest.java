package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An alert may only be assigned to an admin. audit-service knows who is one from identity's events (its
 * own user_roles projection), never from identity's tables.
 */
@QuarkusTest
class TriageAssigneeTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    static void ingest(ObjectNode... events) {
        Events.send(events);
        await().atMost(WAIT).until(() -> List.of(events).stream().allMatch(e -> auditRows(e) == 1));
    }

    static ObjectNode registered(UUID user, String role) {
        return event("user.registered", user.toString(), null, "anonymous",
                Map.of("userId", user.toString(), "fullName", "Test User", "role", role, "emailVerified", true));
    }

    static ObjectNode roleChanged(UUID user, String oldRole, String newRole) {
        Map<String, Object> change = new HashMap<>();
        change.put("userId", user.toString());
        change.put("oldRole", oldRole);
        change.put("newRole", newRole);
        change.put("oldValues", Map.of("role", oldRole));
        change.put("newValues", Map.of("role", newRole));
        return event("user.role_changed", user.toString(), UUID.randomUUID(), "super_admin", change);
    }

    static ValidatableResponse investigate(String alertId, UUID assignee) {
        return given().header("Authorization", TestTokens.bearer(UUID.randomUUID(), "admin"))
                .contentType("application/json")
                .body("{\"status\":\"investigating\",\"assignedTo\":\"" + assignee + "\"}")
                .when().patch("/api/v1/security-events/" + alertId).then();
    }

    static void assertNotAnAdmin(ValidatableResponse response) {
        response.statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assignedTo"));
    }

    @Test
    void anAlertIsAssignedToAUserRegisteredAsAdmin() {
        UUID admin = UUID.randomUUID();
        ingest(registered(admin, "admin"));
        String alert = ApiTest.raiseTokenReuseAlert(UUID.randomUUID());

        investigate(alert, admin).statusCode(200).body("assignedTo", equalTo(admin.toString()));
    }

    @Test
    void aClientAnUnknownUserOrAnAdminDemotedSinceAreNotAssignable() {
        UUID client = UUID.randomUUID();
        UUID demoted = UUID.randomUUID();
        ingest(registered(client, "client"), registered(demoted, "client"));
        ingest(roleChanged(demoted, "client", "admin"), roleChanged(demoted, "admin", "client"));
        String alert = ApiTest.raiseTokenReuseAlert(UUID.randomUUID());

        assertNotAnAdmin(investigate(alert, client));
        assertNotAnAdmin(investigate(alert, UUID.randomUUID()));
        assertNotAnAdmin(investigate(alert, demoted));
        given().header("Authorization", ApiTest.as("monitor")).when().get("/api/v1/security-events/" + alert)
                .then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void aPromotedAdminIsAssignableUntilDeactivated() {
        UUID promoted = UUID.randomUUID();
        ingest(registered(promoted, "client"), roleChanged(promoted, "client", "super_admin"));
        investigate(ApiTest.raiseTokenReuseAlert(UUID.randomUUID()), promoted).statusCode(200);

        ingest(event("user.deactivated", promoted.toString(), UUID.randomUUID(), "super_admin",
                Map.of("userId", promoted.toString(), "reason", "left the company")));
        assertNotAnAdmin(investigate(ApiTest.raiseTokenReuseAlert(UUID.randomUUID()), promoted));
    }

    @Test
    void aRedeliveredPromotionDoesNotUndoALaterDemotion() {
        UUID user = UUID.randomUUID();
        ObjectNode promotion = roleChanged(user, "client", "admin");
        ingest(registered(user, "client"), promotion);
        ingest(roleChanged(user, "admin", "client"));

        // The same event id again, as after a consumer restart; a later event of the same user (same key,
        // same partition) is ingested after it, so once that one is stored the duplicate has been handled.
        Events.send(promotion);
        ingest(event("user.logged_in", user.toString(), user, "client", Map.of("userId", user.toString())));

        assertNotAnAdmin(investigate(ApiTest.raiseTokenReuseAlert(UUID.randomUUID()), user));
    }
}
