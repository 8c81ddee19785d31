package com.samiatarot.tarot.api;

import static com.samiatarot.tarot.TestData.as;
import static com.samiatarot.tarot.TestData.positions;
import static com.samiatarot.tarot.TestData.spreadBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.tarot.domain.SpreadLayout;
import com.samiatarot.tarot.domain.SpreadLayoutRules;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SpreadsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everySeededSpreadIsPublicAndPassesTheLayoutRules() throws Exception {
        List<Map<String, Object>> items = given().queryParam("limit", 100).get("/api/v1/spreads")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> seeded = items.stream().filter(s -> Boolean.FALSE.equals(s.get("isCustom"))).toList();
        assertEquals(12, seeded.size());
        for (Map<String, Object> spread : seeded) {
            SpreadLayout layout = MAPPER.convertValue(spread.get("layoutData"), SpreadLayout.class);
            SpreadLayoutRules.validate((Integer) spread.get("cardCount"), layout);
            assertEquals(true, spread.get("isPublic"));
        }
        List<String> names = seeded.stream().map(s -> (String) s.get("name")).toList();
        for (String expected : List.of("Single Card", "Three Card: Past, Present, Future", "Celtic Cross", "Horseshoe",
                "Relationship", "Career Path", "Yes or No")) {
            assertEquals(true, names.contains(expected), "missing seeded spread " + expected);
        }
    }

    @Test
    void aPrivateCustomSpreadIsVisibleOnlyToItsCreator() throws Exception {
        UUID owner = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        String id;
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            id = as(owner, "client").body(spreadBody("My private spread", 2, positions(2), false))
                    .post("/api/v1/spreads")
                    .then().statusCode(201)
                    .body("isCustom", equalTo(true)).body("isPublic", equalTo(false))
                    .body("createdBy", equalTo(owner.toString()))
                    .body("layoutData.positions[1].index", equalTo(1))
                    .extract().path("id");
            JsonNode event = probe.await(KafkaProbe.ofType("spread.created", id), Duration.ofSeconds(90));
            EventContracts.assertConforms(event);
            assertEquals(owner.toString(), event.path("data").path("createdBy").asText());
        }
        as(owner, "client").get("/api/v1/spreads/" + id).then().statusCode(200);
        as(stranger, "client").get("/api/v1/spreads/" + id).then().statusCode(404);
        given().get("/api/v1/spreads/" + id).then().statusCode(404);
        as(stranger, "client").queryParam("limit", 100).get("/api/v1/spreads").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(owner, "client").queryParam("mine", true).get("/api/v1/spreads").then().statusCode(200)
                .body("items.id", hasItem(id));
        // Another user can neither change nor delete it: as far as they know it does not exist.
        as(stranger, "client").body(spreadBody("Hijacked", 2, positions(2), true)).put("/api/v1/spreads/" + id)
                .then().statusCode(404);
        as(stranger, "client").delete("/api/v1/spreads/" + id).then().statusCode(404);
    }

    @Test
    void theCreatorUpdatesAndDeletesTheirSpreadWithEvents() {
        UUID owner = UUID.randomUUID();
        String id = as(owner, "reader").body(spreadBody("Evolving", 1, positions(1), true)).post("/api/v1/spreads")
                .then().statusCode(201).extract().path("id");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            as(owner, "reader").body(spreadBody("Evolved", 3, positions(3), true)).put("/api/v1/spreads/" + id)
                    .then().statusCode(200).body("name", equalTo("Evolved")).body("cardCount", equalTo(3));
            as(owner, "reader").delete("/api/v1/spreads/" + id).then().statusCode(204);
            // One wait for both: a single poll may carry both records.
            List<JsonNode> events = probe.awaitAll(e -> id.equals(e.path("subject").asText())
                    && List.of("spread.updated", "spread.deleted").contains(e.path("type").asText()), 2, Duration.ofSeconds(90));
            events.forEach(EventContracts::assertConforms);
            assertEquals(List.of("spread.updated", "spread.deleted"), events.stream().map(e -> e.path("type").asText()).toList());
        }
        as(owner, "reader").get("/api/v1/spreads/" + id).then().statusCode(404);
    }

    @Test
    void someoneElsesPublicSpreadCannotBeChanged() {
        UUID owner = UUID.randomUUID();
        String id = as(owner, "client").body(spreadBody("Shared", 1, positions(1), true)).post("/api/v1/spreads")
                .then().statusCode(201).extract().path("id");
        as(UUID.randomUUID(), "client").get("/api/v1/spreads/" + id).then().statusCode(200);
        as(UUID.randomUUID(), "client").body(spreadBody("Mine now", 1, positions(1), true)).put("/api/v1/spreads/" + id)
                .then().statusCode(403);
        String builtIn = com.samiatarot.tarot.TestData.spread("Celtic Cross");
        as(owner, "client").delete("/api/v1/spreads/" + builtIn).then().statusCode(403);
    }

    @Test
    void anInvalidLayoutIsRefusedNamingTheField() {
        UUID owner = UUID.randomUUID();
        as(owner, "client").body(spreadBody("Mismatch", 3, positions(2), false)).post("/api/v1/spreads")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("layoutData.positions"));
        String duplicateNames = "[{\"name\":\"A\",\"meaning\":\"m\",\"x\":0.1,\"y\":0.1},{\"name\":\"a\",\"meaning\":\"m\",\"x\":0.2,\"y\":0.2}]";
        as(owner, "client").body(spreadBody("Dupes", 2, duplicateNames, false)).post("/api/v1/spreads")
                .then().statusCode(400).body("errors[0].field", equalTo("layoutData.positions[1].name"));
        as(owner, "client").body(spreadBody("Too big", 79, positions(2), false)).post("/api/v1/spreads")
                .then().statusCode(400).body("errors.field", hasItem("cardCount"));
        given().contentType("application/json").body(spreadBody("Anon", 1, positions(1), true)).post("/api/v1/spreads")
                .then().statusCode(401);
    }

    @Test
    void massAssignmentOfOwnershipOrUsageIsRefused() {
        String body = "{\"name\":\"X\",\"cardCount\":1,\"layoutData\":{\"positions\":" + positions(1) + "},\"createdBy\":\""
                + UUID.randomUUID() + "\"}";
        as(UUID.randomUUID(), "client").body(body).post("/api/v1/spreads")
                .then().statusCode(400).body("errors[0].field", equalTo("createdBy"));
    }
    @Test
    void aBadTokenOnThePublicListIsA401ProblemNotAnAnonymousView() {
        given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/spreads")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/spreads/" + com.samiatarot.tarot.TestData.spread("Celtic Cross"))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCursorThisApiDidNotIssueIsRefusedNamingIt() {
        String notATimestamp = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("yesterday|" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : List.of("%%%", notATimestamp)) {
            given().queryParam("cursor", cursor).get("/api/v1/spreads")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("limit", 101).get("/api/v1/spreads")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }
}
