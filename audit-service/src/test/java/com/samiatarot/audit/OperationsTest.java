package com.samiatarot.audit;

import static com.samiatarot.audit.Events.auditRows;
import static com.samiatarot.audit.Events.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
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

    @Test
    void readinessIncludesTheDatabaseKafkaAndTheConsumerChannel() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }
}
