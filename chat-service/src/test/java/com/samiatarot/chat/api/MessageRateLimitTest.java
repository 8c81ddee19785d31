package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The test profile allows 10 messages per 60 seconds per sender (application.properties, %test). Time passing is
 * simulated by moving the sender's messages back in time, so the outcome never depends on the machine's speed.
 */
@QuarkusTest
class MessageRateLimitTest {

    private static final int MAX = 10;

    @Test
    void aSenderOverTheLimitGets429WithRetryAfterAndMaySendAgainOnceTheWindowMoves() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        for (int i = 0; i < MAX; i++) {
            post(alice, room, "message " + i);
        }

        Response refused = send(alice, room, "one too many");
        refused.then().statusCode(429)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(429))
                .body("limit", equalTo(MAX))
                .body("windowSeconds", equalTo(60));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After is within the window: " + retryAfter);

        // The limit is the sender's, not the room's: the other participant still talks.
        post(bob, room, "I can still answer");

        // Once the oldest message has left the window, one more fits, and only one.
        try (Sql owner = Sql.as("chat_owner")) {
            owner.update("""
                    update chat.chat_messages set created_at = created_at - interval '61 seconds'
                     where id = (select id from chat.chat_messages where sender_id = ?::uuid order by created_at limit 1)""",
                    alice.toString());
        }
        send(alice, room, "after the wait").then().statusCode(201);
        send(alice, room, "and again too soon").then().statusCode(429);
    }

    @Test
    void theLimitCountsEveryRoomOfTheSender() {
        UUID alice = UUID.randomUUID();
        String first = directRoom(alice, UUID.randomUUID());
        String second = directRoom(alice, UUID.randomUUID());
        for (int i = 0; i < MAX; i++) {
            post(alice, i % 2 == 0 ? first : second, "spread " + i);
        }
        send(alice, second, "still one too many").then().statusCode(429);
    }

    @Test
    void staffAreNotLimited() {
        UUID admin = UUID.randomUUID();
        String room = directRoom(admin, UUID.randomUUID());
        for (int i = 0; i <= MAX; i++) {
            as(admin, "admin").body("{\"content\":\"notice " + i + "\",\"messageType\":\"text\"}")
                    .when().post("/api/v1/rooms/" + room + "/messages").then().statusCode(201);
        }
    }

    private static Response send(UUID sender, String room, String text) {
        return as(sender).body("{\"content\":\"" + text + "\",\"messageType\":\"text\"}")
                .when().post("/api/v1/rooms/" + room + "/messages");
    }
}
