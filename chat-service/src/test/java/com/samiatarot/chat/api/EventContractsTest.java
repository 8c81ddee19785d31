package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

/** Every chat.events type read back from Kafka conforms to its schema and never carries message content. */
@QuarkusTest
class EventContractsTest {

    static final Duration WAIT = Duration.ofSeconds(90);

    static JsonNode awaitEvent(KafkaProbe probe, String type, String subject, String field, String value) {
        return probe.await(e -> type.equals(e.path("type").asText()) && subject.equals(e.path("subject").asText())
                && (field == null || value.equals(e.path("data").path(field).asText())), WAIT);
    }

    static JsonNode byType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + events));
    }

    @Test
    void roomAndMessageEventsConformAndCarryNoContent() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID carol = UUID.randomUUID();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.CHAT)) {
            String room = as(alice).body("{\"roomType\":\"group\",\"name\":\"Trio\",\"participantIds\":[\"" + bob + "\"]}")
                    .when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
            String message = post(alice, room, "top secret words");
            as(alice).body("{\"addParticipantIds\":[\"" + carol + "\"]}").when().patch("/api/v1/rooms/" + room).then().statusCode(200);
            as(alice).body("{\"removeParticipantIds\":[\"" + carol + "\"]}").when().patch("/api/v1/rooms/" + room).then().statusCode(200);
            as(alice).when().delete("/api/v1/rooms/" + room + "/messages/" + message).then().statusCode(204);

            // One aggregate, one partition: the five events arrive in order; collect them in one pass.
            List<JsonNode> all = probe.awaitAll(e -> room.equals(e.path("subject").asText()), 5, WAIT);
            JsonNode created = byType(all, "room.created");
            JsonNode sent = byType(all, "message.sent");
            JsonNode added = byType(all, "room.participant_added");
            JsonNode removed = byType(all, "room.participant_removed");
            JsonNode deleted = byType(all, "message.deleted");
            assertEquals(message, sent.path("data").path("messageId").asText());
            assertEquals(message, deleted.path("data").path("messageId").asText());
            assertEquals(carol.toString(), added.path("data").path("userId").asText());
            assertEquals(carol.toString(), removed.path("data").path("userId").asText());
            for (JsonNode event : new JsonNode[] {created, sent, added, removed, deleted}) {
                EventContracts.assertConforms(event);
                assertEquals("chat-service", event.path("source").asText());
                assertEquals(alice.toString(), event.path("data").path("actorId").asText());
                assertFalse(event.toString().contains("top secret"), "no message content in events");
            }
            assertEquals("text", sent.path("data").path("messageType").asText());
            assertEquals(16, sent.path("data").path("sizeBytes").asInt());
        }
    }

    @Test
    void callEventsConform() throws Throwable {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        try (KafkaProbe probe = KafkaProbe.listen(Topics.CHAT)) {
            String call = CallsTest.startCall(alice, room);
            as(bob).when().post("/api/v1/calls/" + call + "/join").then().statusCode(200);
            as(bob).when().post("/api/v1/calls/" + call + "/end").then().statusCode(200);
            String unanswered = CallsTest.startCall(bob, room);
            try (Sql owner = Sql.as("chat_owner")) {
                owner.update("update chat.video_call_sessions set started_at = now() - interval '1 minute' where id = ?::uuid", unanswered);
            }
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() ->
                    io.quarkus.arc.Arc.container().instance(com.samiatarot.chat.domain.CallService.class).get().failUnanswered());

            List<JsonNode> all = probe.awaitAll(e -> e.path("type").asText().startsWith("call.")
                    && (call.equals(e.path("subject").asText()) || unanswered.equals(e.path("subject").asText())), 4, WAIT);
            JsonNode started = byType(all.stream().filter(e -> call.equals(e.path("subject").asText())).toList(), "call.started");
            JsonNode ended = byType(all, "call.ended");
            JsonNode failed = byType(all, "call.failed");
            assertEquals(call, ended.path("subject").asText());
            assertEquals(unanswered, failed.path("subject").asText());
            EventContracts.assertConforms(started);
            EventContracts.assertConforms(ended);
            EventContracts.assertConforms(failed);
            assertEquals("video", started.path("data").path("callType").asText());
            assertEquals("no_answer", failed.path("data").path("reason").asText());
            assertEquals("service", failed.path("data").path("actorRole").asText());
        }
    }

    static String tarotEvent(String type, UUID readingId, UUID client, UUID reader) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"tarot-service\",\"type\":\"" + type
                + "\",\"time\":\"2026-01-01T00:00:00Z\",\"subject\":\"" + readingId + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"readingId\":\"" + readingId + "\",\"clientId\":\"" + client + "\",\"readerId\":\"" + reader
                + "\",\"actorId\":\"" + reader + "\",\"actorRole\":\"reader\"}}";
    }

    @Test
    void anAcceptedReadingOpensOneReadingRoomAndItsEndClosesIt() throws Exception {
        UUID client = UUID.randomUUID();
        UUID reader = UUID.randomUUID();
        UUID reading = UUID.randomUUID();
        String accepted = tarotEvent("reading.accepted", reading, client, reader);
        try (KafkaProbe probe = KafkaProbe.listen(Topics.CHAT); Sql owner = Sql.as("chat_owner")) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), accepted);
            KafkaProbe.send(Topics.TAROT, reading.toString(), accepted); // redelivery
            KafkaProbe.send(Topics.TAROT, reading.toString(), tarotEvent("reading.accepted", reading, client, reader)); // duplicate fact
            Awaitility.await().atMost(WAIT).until(() ->
                    owner.scalar("select count(*) from chat.chat_rooms where reading_session_id = ?::uuid", reading.toString()).equals(1L));
            String room = owner.scalar("select id::text from chat.chat_rooms where reading_session_id = ?::uuid", reading.toString()).toString();
            JsonNode created = awaitEvent(probe, "room.created", room, null, null);
            EventContracts.assertConforms(created);
            assertEquals(reading.toString(), created.path("data").path("readingSessionId").asText());
            as(client).when().get("/api/v1/rooms/" + room).then().statusCode(200)
                    .body("roomType", org.hamcrest.Matchers.equalTo("reading"))
                    .body("isActive", org.hamcrest.Matchers.equalTo(true));
            post(reader, room, "welcome to your reading");

            KafkaProbe.send(Topics.TAROT, reading.toString(), tarotEvent("reading.completed", reading, client, reader));
            Awaitility.await().atMost(WAIT).until(() ->
                    Boolean.FALSE.equals(owner.scalar("select is_active from chat.chat_rooms where id = ?::uuid", room)));
            assertEquals(1L, owner.scalar("select count(*) from chat.chat_rooms where reading_session_id = ?::uuid", reading.toString()));
        }
    }

    @Test
    void anUnreadableTarotRecordGoesToTheDeadLetterTopic() {
        String marker = "poison-" + UUID.randomUUID();
        try (KafkaProbe dlq = KafkaProbe.listen(Topics.CHAT_DLQ)) {
            KafkaProbe.send(Topics.TAROT, marker, "{\"id\":\"" + marker + "\",\"type\":\"reading.accepted\",\"data\":{}}");
            JsonNode dead = dlq.await(e -> marker.equals(e.path("id").asText()), WAIT);
            assertEquals("reading.accepted", dead.path("type").asText());
        }
    }
    @Test
    void anAcceptedReadingWithoutAReaderIdIsDeadLetteredAndOpensNoRoom() throws Exception {
        UUID reading = UUID.randomUUID();
        String noReader = tarotEvent("reading.accepted", reading, UUID.randomUUID(), UUID.randomUUID())
                .replaceFirst("\"readerId\":\"[^\"]+\",", "");
        String eventId = noReader.substring(noReader.indexOf("\"id\":\"") + 6, noReader.indexOf("\"id\":\"") + 42);
        try (KafkaProbe dlq = KafkaProbe.listen(Topics.CHAT_DLQ)) {
            KafkaProbe.send(Topics.TAROT, reading.toString(), noReader);
            dlq.await(e -> eventId.equals(e.path("id").asText()), WAIT);
        }
        try (Sql owner = Sql.as("chat_owner")) {
            assertEquals(0L, owner.scalar("select count(*) from chat.chat_rooms where reading_session_id = ?::uuid", reading.toString()));
            assertEquals(0L, owner.scalar("select count(*) from chat.processed_events where event_id = ?::uuid", eventId));
        }
    }
}
