package com.samiatarot.tarot.api;

import static com.samiatarot.tarot.TestData.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.samiatarot.tarot.TestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** POST /api/v1/readings with an Idempotency-Key: a double click books once. */
@QuarkusTest
class ReadingIdempotencyTest {

    static long readingsOf(UUID client) {
        return ((Number) TestData.scalar("select count(*) from tarot.reading_sessions where client_id = ?", client)).longValue();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstBookingInsteadOfBookingAgain() {
        UUID client = UUID.randomUUID();
        UUID reader = TestData.reader(new BigDecimal("1.50"), true);
        String body = HumanReadingTest.request(reader, "standard", 30);
        Response first = as(client, "client").header("Idempotency-Key", "book-42").body(body).post("/api/v1/readings");
        first.then().statusCode(201);
        assertNull(first.header("Idempotency-Replayed"));

        Response again = as(client, "client").header("Idempotency-Key", "book-42").body(body).post("/api/v1/readings");
        again.then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .body("price.amount", equalTo("45.00"));
        assertEquals(1, readingsOf(client));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndKeysBelongToTheirClient() {
        UUID client = UUID.randomUUID();
        String single = AiReadingTest.aiReading(TestData.spread("Single Card"), "first question");
        as(client, "client").header("Idempotency-Key", "k1").body(single).post("/api/v1/readings").then().statusCode(201);
        as(client, "client").header("Idempotency-Key", "k1").body(AiReadingTest.aiReading(TestData.spread("Single Card"), "other"))
                .post("/api/v1/readings").then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, readingsOf(client));

        // Another client's identical key is theirs alone: it books, and sees nothing of the first client's reading.
        UUID other = UUID.randomUUID();
        as(other, "client").header("Idempotency-Key", "k1").body(single).post("/api/v1/readings").then().statusCode(201);
        assertEquals(1, readingsOf(other));
        as(client, "client").header("Idempotency-Key", "two words").body(single).post("/api/v1/readings")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        as(client, "client").header("Idempotency-Key", "x".repeat(256)).body(single).post("/api/v1/readings").then().statusCode(400);
    }

    @Test
    void concurrentDoubleClicksBookOnce() {
        UUID client = UUID.randomUUID();
        UUID reader = TestData.reader(new BigDecimal("1.00"), true);
        String body = HumanReadingTest.request(reader, "practice", 10);
        List<CompletableFuture<Response>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clicks.add(CompletableFuture.supplyAsync(() ->
                    as(client, "client").header("Idempotency-Key", "double-click").body(body).post("/api/v1/readings")));
        }
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<Response> click : clicks) {
            Response response = click.join();
            response.then().statusCode(201);
            ids.add(response.path("id"));
        }
        assertEquals(1, ids.size(), "every click answers with the one booking");
        assertEquals(1, readingsOf(client));
    }
}
