package com.samiatarot.tarot.api;

import static com.samiatarot.tarot.TestData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.tarot.LlmStub;
import com.samiatarot.tarot.TestData;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** AI readings end to end; the LLM provider is a local WireMock stub (LlmStub), global to the test run. */
@QuarkusTest
@QuarkusTestResource(LlmStub.class)
class AiReadingTest {

    static String aiReading(String spreadId, String question) {
        return "{\"spreadId\":\"" + spreadId + "\"" + (question == null ? "" : ",\"question\":\"" + question + "\"") + "}";
    }

    @Test
    void anAiReadingDrawsDistinctCardsInterpretsThemAndPublishesReadingCreated() {
        UUID client = UUID.randomUUID();
        String celtic = TestData.spread("Celtic Cross");
        String question = "Will my relationship with my partner grow stronger this year?";
        long usageBefore = ((Number) TestData.scalar("select usage_count from tarot.tarot_spreads where id = ?::uuid", celtic)).longValue();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            Response response = as(client, "client").body(aiReading(celtic, question)).post("/api/v1/readings");
            response.then().statusCode(201)
                    .body("status", equalTo("completed"))
                    .body("readerId", equalTo(null))
                    .body("paymentStatus", equalTo("none"))
                    .body("cards", hasSize(10))
                    .body("aiModelVersion", equalTo("samia-builtin-1.0"))
                    .body("interpretation.lifeArea", equalTo("love"))
                    .body("interpretation.positions", hasSize(10))
                    .body("interpretation.summary", notNullValue())
                    .body("interpretation.advice", notNullValue())
                    .body("cards[0].positionName", equalTo("Present"));
            List<String> keys = response.path("cards.cardKey");
            assertEquals(10, new HashSet<>(keys).size(), "a card was drawn twice: " + keys);
            String id = response.path("id");

            JsonNode event = probe.await(KafkaProbe.ofType("reading.created", id), Duration.ofSeconds(90));
            EventContracts.assertConforms(event);
            assertEquals(10, event.path("data").path("cardCount").asInt());
            assertEquals(client.toString(), event.path("data").path("clientId").asText());
            assertFalse(event.toString().contains("partner"), "the question never leaves the service");
        }
        long usageAfter = ((Number) TestData.scalar("select usage_count from tarot.tarot_spreads where id = ?::uuid", celtic)).longValue();
        assertTrue(usageAfter >= usageBefore + 1);
    }

    @Test
    void aReadingReadsBackByIdExactlyAsItWasCreated() {
        UUID client = UUID.randomUUID();
        Response created = as(client, "client").body(aiReading(TestData.spread("Celtic Cross"), "How will my career grow?"))
                .post("/api/v1/readings");
        created.then().statusCode(201);
        Map<String, Object> read = as(client, "client").get("/api/v1/readings/" + created.path("id"))
                .then().statusCode(200).extract().path("");
        assertEquals(created.<Map<String, Object>>path(""), read);
        as(UUID.randomUUID(), "client").get("/api/v1/readings/" + created.path("id")).then().statusCode(404)
                .contentType("application/problem+json");
        as(client, "client").get("/api/v1/readings/" + UUID.randomUUID()).then().statusCode(404);
        as(client, "client").get("/api/v1/readings/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theCardsDrawnAreStoredAsSearchableJson() {
        UUID client = UUID.randomUUID();
        String id = as(client, "client").body(aiReading(TestData.spread("Single Card"), null)).post("/api/v1/readings")
                .then().statusCode(201).extract().path("id");
        String key = (String) TestData.scalar("select cards_drawn->0->>'cardKey' from tarot.reading_sessions where id = ?::uuid", id);
        Object found = TestData.scalar("select count(*) from tarot.reading_sessions where id = ?::uuid and cards_drawn @> ?::jsonb",
                id, "[{\"cardKey\":\"" + key + "\"}]");
        assertEquals(1L, ((Number) found).longValue());
    }

    @Test
    void theLlmProviderWritesTheProseWhenItAnswersWell() {
        as(UUID.randomUUID(), "client").body(aiReading(TestData.spread("Single Card"), "LLM-OK what does today hold?"))
                .post("/api/v1/readings")
                .then().statusCode(201)
                .body("aiModelVersion", equalTo("llm:stub-model"))
                .body("interpretation.source", equalTo("llm"))
                .body("interpretation.summary", equalTo("The stars lean your way."))
                .body("interpretation.positions[0].text", equalTo("A card of quiet promise."))
                // Facts stay ours: the card in the position is the drawn one, not the model's.
                .body("interpretation.positions[0].cardKey", notNullValue());
    }

    @Test
    void aSlowLlmFallsBackToTheBuiltInInterpreterWithinTheTimeout() {
        // Warm up the path first, so the measurement is about the timeout rather than the first request.
        as(UUID.randomUUID(), "client").body(aiReading(TestData.spread("Single Card"), null)).post("/api/v1/readings")
                .then().statusCode(201);
        long started = System.nanoTime();
        as(UUID.randomUUID(), "client").body(aiReading(TestData.spread("Single Card"), "LLM-SLOW what does today hold?"))
                .post("/api/v1/readings")
                .then().statusCode(201)
                .body("aiModelVersion", equalTo("samia-builtin-1.0"))
                .body("interpretation.source", equalTo("builtin"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 25_000, "the reading waited " + millis + " ms for a stub that answers after 30000 ms");
    }

    @Test
    void anLlmAnswerOfTheWrongShapeIsDiscarded() {
        as(UUID.randomUUID(), "client").body(aiReading(TestData.spread("Single Card"), "LLM-GARBAGE tell me"))
                .post("/api/v1/readings")
                .then().statusCode(201)
                .body("aiModelVersion", equalTo("samia-builtin-1.0"))
                .body("interpretation.source", equalTo("builtin"));
    }

    @Test
    void readingsNeedAVisibleSpreadAndValidInput() {
        UUID client = UUID.randomUUID();
        as(client, "client").body(aiReading(UUID.randomUUID().toString(), null)).post("/api/v1/readings")
                .then().statusCode(404).contentType("application/problem+json");
        as(client, "client").body("{\"spreadId\":\"" + TestData.spread("Single Card") + "\",\"sessionType\":\"vip\"}")
                .post("/api/v1/readings").then().statusCode(400).body("errors[0].field", equalTo("sessionType"));
        as(client, "client").body("{\"spreadId\":\"" + TestData.spread("Single Card") + "\",\"status\":\"completed\"}")
                .post("/api/v1/readings").then().statusCode(400).body("errors[0].field", equalTo("status"));
        io.restassured.RestAssured.given().contentType("application/json")
                .body(aiReading(TestData.spread("Single Card"), null)).post("/api/v1/readings").then().statusCode(401);
        as(client, "monitor").body(aiReading(TestData.spread("Single Card"), null)).post("/api/v1/readings")
                .then().statusCode(403);
    }

    @Test
    void aReadingOnSomeoneElsesPrivateSpreadIsNotFound() {
        UUID owner = UUID.randomUUID();
        String privateSpread = as(owner, "client").body(TestData.spreadBody("Secret", 1, TestData.positions(1), false))
                .post("/api/v1/spreads").then().statusCode(201).extract().path("id");
        as(UUID.randomUUID(), "client").body(aiReading(privateSpread, null)).post("/api/v1/readings").then().statusCode(404);
        Map<String, Object> own = as(owner, "client").body(aiReading(privateSpread, null)).post("/api/v1/readings")
                .then().statusCode(201).extract().path("");
        assertEquals("P0", ((List<Map<String, Object>>) own.get("cards")).get(0).get("positionName"));
    }
}
