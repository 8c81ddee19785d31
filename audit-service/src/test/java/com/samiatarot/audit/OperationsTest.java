package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.events.Topics;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator sees: domain counters and Kafka consumer metrics in Prometheus, readiness with the consumer. */
@QuarkusTest
class OperationsTest {

    @Test
    void metricsCountIngestedEventsByTypeDeadLettersAndConsumerLag() {
        UUID user = UUID.randomUUID();
        ObjectNode loggedIn = event("user.logged_in", user.toString(), user, "client", Map.of("userId", user.toString()));
        Events.sendRaw(Topics.IDENTITY, user.toString(), "definitely not an event");
        Events.send(loggedIn);
        await().atMost(Duration.ofSeconds(90)).until(() -> auditRows(loggedIn) == 1);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("audit_events_ingested_total{type=\"user.logged_in\"}"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("audit_dlq_records_total"));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("kafka_consumer_fetch_manager_records_lag_max"));
    }

    static double createdAlerts(String type, String severity) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        String series = "security_events_created_total{severity=\"" + severity + "\",type=\"" + type + "\"} ";
        return metrics.lines().filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length()).trim())).sum();
    }

    static void deniedAndAwaitIngested(UUID user, int n) {
        List<ObjectNode> denials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            denials.add(event("access.denied", user.toString(), user, "client", Map.of("userId", user.toString(),
                    "resourceType", "reading", "resourceId", UUID.randomUUID().toString())));
        }
        Events.send(denials);
        await().atMost(Duration.ofSeconds(90)).until(() -> denials.stream().allMatch(e -> auditRows(e) == 1));
    }

    @Test
    void aNewSecurityEventIsCountedByTypeAndSeverityButFurtherEventsOfItsBurstAreNot() {
        // *.denied events come from no producer's tests, so nothing else moves this series meanwhile.
        double before = createdAlerts("repeated_access_denied", "medium");
        UUID user = UUID.randomUUID();

        deniedAndAwaitIngested(user, 5);
        // counted right after the commit that made the rows visible
        await().atMost(Duration.ofSeconds(10)).until(() -> createdAlerts("repeated_access_denied", "medium") == before + 1);

        deniedAndAwaitIngested(user, 2);
        assertEquals(before + 1, createdAlerts("repeated_access_denied", "medium"));
        assertEquals(7, Events.query("select (metadata ->> 'count')::int as count from audit.security_events"
                + " where rule_key = ?", "repeated_access_denied:" + user).get(0).get("count"));
    }

    @Test
    void readinessIncludesTheDatabaseKafkaAndTheConsumerChannel() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }
}
