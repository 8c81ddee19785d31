package com.samiatarot.tarot.api;

import static com.samiatarot.tarot.TestData.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.tarot.TestData;
import com.samiatarot.tarot.TestTopics;

import io.quarkus.test.common.QuarkusTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(TestTopics.class)
class HumanReadingTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String QUESTION = "Should I take the new job offer abroad?";

    record Booking(UUID client, UUID reader, String id) {
    }

    static String request(UUID reader, String sessionType, int minutes) {
        return "{\"spreadId\":\"" + TestData.spread("Three Card: Past, Present, Future") + "\",\"readerId\":\"" + reader
                + "\",\"question\":\"" + QUESTION + "\",\"sessionType\":\"" + sessionType + "\",\"durationMinutes\":" + minutes + "}";
    }

    static Booking book() {
        UUID client = UUID.randomUUID();
        UUID reader = TestData.reader(new BigDecimal("1.50"), true);
        String id = as(client, "client").body(request(reader, "standard", 30)).post("/api/v1/readings")
                .then().statusCode(201).extract().path("id");
        return new Booking(client, reader, id);
    }

    /**
     * A booking whose hold is already placed. Set directly, because when a real wallet-service shares the
     * broker it answers reading.requested for these wallet-less test clients with wallet.hold_failed, which
     * would cancel the reading under the test. The Kafka path of the saga is covered by its own tests.
     */
    static Booking heldBooking() {
        for (int attempt = 0; attempt < 5; attempt++) {
            Booking b = book();
            if (TestData.update("update tarot.reading_sessions set payment_status = 'held'"
                    + " where id = ?::uuid and payment_status = 'hold_pending' and status = 'pending'", b.id()) == 1) {
                return b;
            }
        }
        throw new AssertionError("every test booking was cancelled by a wallet before its hold could be set");
    }

    static String walletEvent(String type, String readingId, String extra) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"wallet-service\",\"type\":\"" + type
                + "\",\"time\":\"2026-01-01T00:00:00Z\",\"subject\":\"" + readingId + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"readingId\":\"" + readingId + "\",\"amount\":{\"amount\":\"45.00\",\"currency\":\"USD\"}" + extra
                + ",\"actorId\":null,\"actorRole\":\"service\"}}";
    }

    static void holdPlaced(Booking b) {
        KafkaProbe.send(TestTopics.WALLET, b.id(), walletEvent("wallet.hold_placed", b.id(), ",\"holdId\":\"" + UUID.randomUUID() + "\""));
        awaitPaymentStatus(b, "held");
    }

    static void awaitPaymentStatus(Booking b, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                status.equals(as(b.client(), "client").get("/api/v1/readings/" + b.id()).path("paymentStatus")));
    }

    static Booking acceptedBooking() {
        Booking b = heldBooking();
        as(b.reader(), "reader").post("/api/v1/readings/" + b.id() + "/accept").then().statusCode(200);
        return b;
    }

    static Booking activeBooking() {
        Booking b = acceptedBooking();
        as(b.client(), "client").post("/api/v1/readings/" + b.id() + "/start").then().statusCode(200);
        return b;
    }

    static void assertIllegal(Booking b, UUID actor, String role, String action, String body) {
        var spec = as(actor, role);
        if (body != null) {
            spec = spec.body(body);
        }
        spec.post("/api/v1/readings/" + b.id() + "/" + action)
                .then().statusCode(409).contentType("application/problem+json");
    }

    static final String COMPLETE = "{\"readerInterpretation\":\"The path abroad is open.\",\"readerNotes\":\"client anxious\"}";
    static final String CANCEL = "{\"reason\":\"changed my mind\"}";

    @Test
    void theWholeLifecycleRunsWithPriceAndEventsForTheWallet() {
        UUID client = UUID.randomUUID();
        UUID reader = TestData.reader(new BigDecimal("1.50"), true);
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            String id = as(client, "client").body(request(reader, "standard", 30)).post("/api/v1/readings")
                    .then().statusCode(201)
                    .body("status", equalTo("pending"))
                    .body("paymentStatus", equalTo("hold_pending"))
                    .body("price.amount", equalTo("45.00"))
                    .body("price.currency", equalTo("USD"))
                    .body("cards", hasSize(0))
                    .extract().path("id");
            Booking b = new Booking(client, reader, id);

            JsonNode requested = probe.await(KafkaProbe.ofType("reading.requested", id), Duration.ofSeconds(90));
            EventContracts.assertConforms(requested);
            assertEquals("45.00", requested.path("data").path("price").path("amount").asText());
            assertEquals(30, requested.path("data").path("durationMinutes").asInt());
            assertFalse(requested.toString().contains("job offer"), "no question text in events");

            holdPlaced(b);
            as(reader, "reader").post("/api/v1/readings/" + id + "/accept").then().statusCode(200)
                    .body("status", equalTo("accepted")).body("acceptedAt", notNullValue());
            as(client, "client").post("/api/v1/readings/" + id + "/start").then().statusCode(200)
                    .body("status", equalTo("active")).body("cards", hasSize(3)).body("startedAt", notNullValue());
            as(reader, "reader").body(COMPLETE).post("/api/v1/readings/" + id + "/complete").then().statusCode(200)
                    .body("status", equalTo("completed"))
                    .body("readerInterpretation", equalTo("The path abroad is open."))
                    .body("readerNotes", equalTo("client anxious"))
                    .body("durationMinutes", equalTo(1))
                    .body("completedAt", notNullValue());
            // The reader's private notes are not shown to the client.
            as(client, "client").get("/api/v1/readings/" + id).then().statusCode(200).body("readerNotes", equalTo(null));
            as(client, "client").body("{\"rating\":5,\"feedback\":\"spot on\"}").post("/api/v1/readings/" + id + "/rating")
                    .then().statusCode(200).body("rating", equalTo(5));

            List<String> types = List.of("reading.accepted", "reading.started", "reading.completed", "reading.rated");
            // One wait for all: a single poll may carry several of them.
            List<JsonNode> events = probe.awaitAll(e -> id.equals(e.path("subject").asText())
                    && types.contains(e.path("type").asText()), 4, Duration.ofSeconds(90));
            assertEquals(types, events.stream().map(e -> e.path("type").asText()).toList(), "per-aggregate order");
            for (JsonNode event : events) {
                EventContracts.assertConforms(event);
                assertEquals(reader.toString(), event.path("data").path("readerId").asText());
                assertEquals(client.toString(), event.path("data").path("clientId").asText());
            }
            assertEquals("45.00", events.get(0).path("data").path("price").path("amount").asText());
            assertEquals("45.00", events.get(2).path("data").path("price").path("amount").asText());
        }
        Object ratingCount = TestData.scalar("select rating_count from tarot.readers where user_id = ?", reader);
        assertEquals(1, ((Number) ratingCount).intValue());
    }

    /** GET /{id} is rendered by Postgres; it must read exactly like the service's own JSON of the same reading. */
    @Test
    void aReadingByIdReadsExactlyLikeTheServicesOwnAnswersForEachViewer() throws Exception {
        Booking b = activeBooking();
        String completed = as(b.reader(), "reader").body(COMPLETE).post("/api/v1/readings/" + b.id() + "/complete")
                .then().statusCode(200).extract().asString();
        String asReader = as(b.reader(), "reader").get("/api/v1/readings/" + b.id())
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertEquals(MAPPER.readTree(completed), MAPPER.readTree(asReader), "reader: complete answer vs GET");

        JsonNode listed = null;
        for (JsonNode item : MAPPER.readTree(as(b.client(), "client").get("/api/v1/readings?limit=100").asString()).path("items")) {
            if (b.id().equals(item.path("id").asText())) {
                listed = item;
            }
        }
        assertNotNull(listed, "the client lists the reading");
        JsonNode asClient = MAPPER.readTree(as(b.client(), "client").get("/api/v1/readings/" + b.id()).asString());
        assertEquals(listed, asClient, "client: list item vs GET");
        assertTrue(asClient.path("readerNotes").isNull(), "the reader's notes stay private");
        assertEquals("45.00", asClient.path("price").path("amount").asText());
        assertTrue(asClient.path("completedAt").asText().endsWith("Z"));
        assertEquals(3, asClient.path("cards").size());

        as(UUID.randomUUID(), "admin").get("/api/v1/readings/" + b.id()).then().statusCode(200)
                .body("readerNotes", equalTo("client anxious"));
    }

    @Test
    void theQuoteAddsTheEmergencySurchargeAndNeedsAnOnlineReader() {
        UUID client = UUID.randomUUID();
        UUID online = TestData.reader(new BigDecimal("2.00"), true);
        as(client, "client").body(request(online, "emergency", 10)).post("/api/v1/readings")
                .then().statusCode(201).body("price.amount", equalTo("30.00"));
        UUID scheduled = TestData.scheduledReader(new BigDecimal("2.00"));
        as(client, "client").body(request(scheduled, "emergency", 10)).post("/api/v1/readings").then().statusCode(409);
        as(client, "client").body(request(scheduled, "standard", 10)).post("/api/v1/readings")
                .then().statusCode(201).body("price.amount", equalTo("20.00"));
    }

    @Test
    void anOfflineReaderWithoutPublishedAvailabilityCannotBeBooked() {
        UUID client = UUID.randomUUID();
        UUID offline = TestData.reader(new BigDecimal("2.00"), false);
        as(client, "client").body(request(offline, "standard", 10)).post("/api/v1/readings")
                .then().statusCode(409).contentType("application/problem+json").body("online", equalTo(false));
        as(client, "client").body(request(offline, "practice", 10)).post("/api/v1/readings").then().statusCode(409);
    }

    @Test
    void onlyActiveReadersFromTheProjectionCanBeBooked() {
        UUID client = UUID.randomUUID();
        as(client, "client").body(request(UUID.randomUUID(), "standard", 30)).post("/api/v1/readings").then().statusCode(404);
        as(client, "client").body(request(client, "standard", 30)).post("/api/v1/readings")
                .then().statusCode(400).body("errors[0].field", equalTo("readerId"));
        UUID reader = TestData.reader(new BigDecimal("1.00"), true);
        as(client, "client").body(request(reader, "standard", 2)).post("/api/v1/readings")
                .then().statusCode(400).body("errors[0].field", equalTo("durationMinutes"));
    }

    @Test
    void theReaderCannotAcceptBeforeThePaymentHoldIsPlaced() {
        Booking b = book();
        // Undo whatever a wallet sharing the broker may already have answered: the hold is still pending.
        TestData.update("update tarot.reading_sessions set status = 'pending', payment_status = 'hold_pending', cancelled_at = null,"
                + " cancelled_by = null, cancellation_reason = null where id = ?::uuid", b.id());
        as(b.reader(), "reader").post("/api/v1/readings/" + b.id() + "/accept")
                .then().statusCode(409).body("paymentStatus", equalTo("hold_pending"));
    }

    @Test
    void aFailedHoldCancelsTheRequestWithReasonPaymentFailed() {
        Booking b = book();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            KafkaProbe.send(TestTopics.WALLET, b.id(), walletEvent("wallet.hold_failed", b.id(),
                    ",\"userId\":\"" + b.client() + "\",\"reason\":\"insufficient_funds\""));
            awaitPaymentStatus(b, "hold_failed");
            as(b.client(), "client").get("/api/v1/readings/" + b.id()).then()
                    .body("status", equalTo("cancelled"))
                    .body("cancellationReason", equalTo("payment_failed"))
                    .body("cancelledBy", equalTo("system"));
            JsonNode cancelled = probe.await(KafkaProbe.ofType("reading.cancelled", b.id()), Duration.ofSeconds(90));
            EventContracts.assertConforms(cancelled);
            assertEquals("payment_failed", cancelled.path("data").path("reason").asText());
        }
        assertIllegal(b, b.reader(), "reader", "accept", null);
    }

    @Test
    void aDuplicatedWalletEventIsAppliedOnce() {
        Booking b = acceptedBooking();
        as(b.client(), "client").post("/api/v1/readings/" + b.id() + "/start").then().statusCode(200);
        as(b.reader(), "reader").body(COMPLETE).post("/api/v1/readings/" + b.id() + "/complete").then().statusCode(200);
        String captured = walletEvent("wallet.hold_captured", b.id(), "");
        KafkaProbe.send(TestTopics.WALLET, b.id(), captured);
        KafkaProbe.send(TestTopics.WALLET, b.id(), captured);
        awaitPaymentStatus(b, "captured");
        Object claims = TestData.scalar("select count(*) from tarot.processed_events where event_id = ?::uuid",
                captured.substring(captured.indexOf("\"id\":\"") + 6, captured.indexOf("\"id\":\"") + 42));
        assertEquals(1L, ((Number) claims).longValue());
    }

    @Test
    void everyIllegalTransitionIsRefusedWith409() {
        // pending: start and complete are not allowed yet
        Booking pending = heldBooking();
        assertIllegal(pending, pending.client(), "client", "start", null);
        assertIllegal(pending, pending.reader(), "reader", "complete", COMPLETE);
        // accepted: no second accept, no completion before start
        Booking accepted = acceptedBooking();
        assertIllegal(accepted, accepted.reader(), "reader", "accept", null);
        assertIllegal(accepted, accepted.reader(), "reader", "complete", COMPLETE);
        // active: no accept, no second start
        Booking active = activeBooking();
        assertIllegal(active, active.reader(), "reader", "accept", null);
        assertIllegal(active, active.client(), "client", "start", null);
        // completed: nothing moves any more, not even a cancellation
        as(active.reader(), "reader").body(COMPLETE).post("/api/v1/readings/" + active.id() + "/complete").then().statusCode(200);
        assertIllegal(active, active.reader(), "reader", "accept", null);
        assertIllegal(active, active.client(), "client", "start", null);
        assertIllegal(active, active.reader(), "reader", "complete", COMPLETE);
        assertIllegal(active, active.client(), "client", "cancel", CANCEL);
        // cancelled: terminal too
        as(pending.client(), "client").body(CANCEL).post("/api/v1/readings/" + pending.id() + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("cancelledBy", equalTo("client"));
        assertIllegal(pending, pending.reader(), "reader", "accept", null);
        assertIllegal(pending, pending.client(), "client", "start", null);
        assertIllegal(pending, pending.reader(), "reader", "complete", COMPLETE);
        assertIllegal(pending, pending.reader(), "reader", "cancel", CANCEL);
        // rating before completion
        Booking early = heldBooking();
        as(early.client(), "client").body("{\"rating\":4}").post("/api/v1/readings/" + early.id() + "/rating").then().statusCode(409);
    }

    @Test
    void theReaderCanCancelAnAcceptedReadingAndTheWalletIsTold() {
        Booking b = acceptedBooking();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.TAROT)) {
            as(b.reader(), "reader").body("{\"reason\":\"I am unwell\"}").post("/api/v1/readings/" + b.id() + "/cancel")
                    .then().statusCode(200).body("cancelledBy", equalTo("reader"));
            JsonNode event = probe.await(KafkaProbe.ofType("reading.cancelled", b.id()), Duration.ofSeconds(90));
            EventContracts.assertConforms(event);
            assertEquals("reader", event.path("data").path("cancelledBy").asText());
        }
    }

    @Test
    void eachStepBelongsToItsSide() {
        Booking b = heldBooking();
        as(b.client(), "client").post("/api/v1/readings/" + b.id() + "/accept").then().statusCode(403);
        as(b.reader(), "reader").post("/api/v1/readings/" + b.id() + "/accept").then().statusCode(200);
        as(b.reader(), "reader").post("/api/v1/readings/" + b.id() + "/start").then().statusCode(200);
        as(b.client(), "client").body(COMPLETE).post("/api/v1/readings/" + b.id() + "/complete").then().statusCode(403);
        as(b.reader(), "reader").body(COMPLETE).post("/api/v1/readings/" + b.id() + "/complete").then().statusCode(200);
        as(b.reader(), "reader").body("{\"rating\":1}").post("/api/v1/readings/" + b.id() + "/rating").then().statusCode(403);
    }

    @Test
    void aReadingIsRatedOnceOnlyByItsClient() {
        UUID client = UUID.randomUUID();
        String id = as(client, "client").body(AiReadingTest.aiReading(TestData.spread("Single Card"), null))
                .post("/api/v1/readings").then().statusCode(201).extract().path("id");
        as(client, "client").body("{\"rating\":6}").post("/api/v1/readings/" + id + "/rating")
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
        as(client, "client").body("{\"rating\":4,\"feedback\":\"nice\"}").post("/api/v1/readings/" + id + "/rating")
                .then().statusCode(200).body("rating", equalTo(4)).body("feedback", equalTo("nice"));
        as(client, "client").body("{\"rating\":5}").post("/api/v1/readings/" + id + "/rating").then().statusCode(409);
    }

    @Test
    void anotherUsersReadingIsNotFoundForEveryOperation() {
        Booking b = heldBooking();
        UUID stranger = UUID.randomUUID();
        as(stranger, "client").get("/api/v1/readings/" + b.id()).then().statusCode(404);
        as(stranger, "reader").post("/api/v1/readings/" + b.id() + "/accept").then().statusCode(404);
        as(stranger, "client").post("/api/v1/readings/" + b.id() + "/start").then().statusCode(404);
        as(stranger, "client").body(CANCEL).post("/api/v1/readings/" + b.id() + "/cancel").then().statusCode(404);
        as(stranger, "client").body("{\"rating\":5}").post("/api/v1/readings/" + b.id() + "/rating").then().statusCode(404);
        as(stranger, "client").get("/api/v1/readings").then().statusCode(200).body("items.id", not(hasItem(b.id())));
        // Admins may look (support), participants on both sides too.
        as(UUID.randomUUID(), "admin").get("/api/v1/readings/" + b.id()).then().statusCode(200);
        as(b.reader(), "reader").get("/api/v1/readings/" + b.id()).then().statusCode(200).body("question", equalTo(QUESTION));
    }

    @Test
    void readingsAreListedPerSideWithFiltersAndACursor() {
        UUID client = UUID.randomUUID();
        UUID reader = TestData.reader(new BigDecimal("1.00"), true);
        for (int i = 0; i < 3; i++) {
            as(client, "client").body(request(reader, "practice", 10)).post("/api/v1/readings").then().statusCode(201);
        }
        as(client, "client").body(AiReadingTest.aiReading(TestData.spread("Single Card"), null)).post("/api/v1/readings")
                .then().statusCode(201);

        Response first = as(client, "client").queryParam("limit", 2).get("/api/v1/readings");
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue());
        Response second = as(client, "client").queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .get("/api/v1/readings");
        second.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", equalTo(null));
        List<String> a = first.path("items.id");
        List<String> bIds = second.path("items.id");
        assertFalse(a.stream().anyMatch(bIds::contains));

        as(client, "client").queryParam("type", "practice").get("/api/v1/readings").then().statusCode(200).body("items", hasSize(3));
        as(client, "client").queryParam("status", "completed").get("/api/v1/readings").then().statusCode(200).body("items", hasSize(1));
        as(reader, "reader").get("/api/v1/readings").then().statusCode(200).body("items", hasSize(3));
        as(reader, "reader").queryParam("as", "client").get("/api/v1/readings").then().statusCode(200).body("items", hasSize(0));
        as(client, "client").queryParam("from", "2999-01-01T00:00:00Z").get("/api/v1/readings").then().statusCode(200).body("items", hasSize(0));
        as(client, "client").queryParam("status", "lost").get("/api/v1/readings").then().statusCode(400);
        as(client, "client").queryParam("from", "yesterday").get("/api/v1/readings").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        assertNotNull(first.path("items[0].createdAt"));
    }
}
