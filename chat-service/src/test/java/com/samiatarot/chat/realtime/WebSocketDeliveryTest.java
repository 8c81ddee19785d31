package com.samiatarot.chat.realtime;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;

@QuarkusTest
class WebSocketDeliveryTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aMessagePostedOverRestReachesTheOtherParticipantsSocketInPlaintext() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        try (Inbox bobs = Inbox.open(base, bob, "client"); Inbox strangers = Inbox.open(base, UUID.randomUUID(), "client")) {
            String id = post(alice, room, "can you see this?");
            JsonNode frame = bobs.await(f -> "message.created".equals(f.path("type").asText())
                    && id.equals(f.path("data").path("message").path("id").asText()));
            assertEquals("can you see this?", frame.path("data").path("message").path("content").asText());
            assertEquals(room, frame.path("roomId").asText());
            assertFalse(strangers.saw(f -> f.toString().contains(id)), "a non-participant's socket gets nothing");
            // delivered_at is stamped once a recipient's socket got it.
            try (Sql owner = Sql.as("chat_owner")) {
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                        owner.scalar("select delivered_at from chat.chat_messages where id = ?::uuid", id) != null);
            }
            // Edits, deletes and read receipts follow.
            as(alice).body("{\"content\":\"can you see this now?\"}").when().patch("/api/v1/rooms/" + room + "/messages/" + id)
                    .then().statusCode(200);
            bobs.await(f -> "message.edited".equals(f.path("type").asText())
                    && "can you see this now?".equals(f.path("data").path("message").path("content").asText()));
            try (Inbox alices = Inbox.open(base, alice, "client")) {
                as(bob).body("{\"upToMessageId\":\"" + id + "\"}").when().post("/api/v1/rooms/" + room + "/read").then().statusCode(200);
                alices.await(f -> "message.read".equals(f.path("type").asText()) && bob.toString().equals(f.path("data").path("userId").asText()));
            }
            as(alice).when().delete("/api/v1/rooms/" + room + "/messages/" + id).then().statusCode(204);
            bobs.await(f -> "message.deleted".equals(f.path("type").asText()) && id.equals(f.path("data").path("message").path("id").asText()));
        }
    }

    @Test
    void typingIsRelayedToTheRoomButRefusedForOutsiders() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        String room = directRoom(alice, bob);
        try (Inbox alices = Inbox.open(base, alice, "client"); Inbox bobs = Inbox.open(base, bob, "client");
             Inbox mallorys = Inbox.open(base, mallory, "client")) {
            mallorys.send("{\"type\":\"typing\",\"roomId\":\"" + room + "\"}");
            mallorys.await(Inbox.ofType("error"));
            bobs.send("{\"type\":\"typing\",\"roomId\":\"" + room + "\"}");
            JsonNode typing = alices.await(Inbox.ofType("typing"));
            assertEquals(bob.toString(), typing.path("data").path("userId").asText());
            assertFalse(alices.saw(f -> mallory.toString().equals(f.path("data").path("userId").asText())));
        }
    }

    @Test
    void callSignalingIsRelayedOnlyBetweenTheCallsParticipants() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        String room = directRoom(alice, bob);
        try (Inbox alices = Inbox.open(base, alice, "client"); Inbox bobs = Inbox.open(base, bob, "client");
             Inbox mallorys = Inbox.open(base, mallory, "client")) {
            String call = as(alice).body("{\"roomId\":\"" + room + "\",\"callType\":\"video\"}").when().post("/api/v1/calls")
                    .then().statusCode(201).extract().path("id");
            bobs.await(f -> "call.incoming".equals(f.path("type").asText()) && call.equals(f.path("data").path("callId").asText()));
            // The invite reached the callee's socket: the call is ringing.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    "ringing".equals(as(alice).when().get("/api/v1/calls/" + call).then().extract().path("status")));

            mallorys.send("{\"type\":\"call.signal\",\"callId\":\"" + call + "\",\"toUserId\":\"" + bob + "\",\"signal\":{\"kind\":\"offer\",\"sdp\":\"evil\"}}");
            mallorys.await(Inbox.ofType("error"));
            alices.send("{\"type\":\"call.signal\",\"callId\":\"" + call + "\",\"toUserId\":\"" + bob + "\",\"signal\":{\"kind\":\"offer\",\"sdp\":\"v=0\"}}");
            JsonNode signal = bobs.await(Inbox.ofType("call.signal"));
            assertEquals(alice.toString(), signal.path("data").path("fromUserId").asText());
            assertEquals("v=0", signal.path("data").path("signal").path("sdp").asText());
            assertFalse(bobs.saw(f -> f.toString().contains("evil")), "an outsider's signal is never relayed");
        }
    }

    @Test
    void aBrowserCanCarryTheTokenInTheSubprotocolHeader() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        try (Inbox bobs = Inbox.openWithSubprotocol(base, bob, "client")) {
            String id = post(alice, room, "via subprotocol");
            bobs.await(f -> id.equals(f.path("data").path("message").path("id").asText()));
        }
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefused() {
        assertThrows(RuntimeException.class, () -> BasicWebSocketConnector.create().baseUri(base).path("/ws/chat")
                .connectAndAwait());
        assertThrows(RuntimeException.class, () -> BasicWebSocketConnector.create().baseUri(base).path("/ws/chat")
                .addHeader("Authorization", "Bearer not-a-token").connectAndAwait());
    }
}
