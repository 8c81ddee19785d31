package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.chat.domain.TurnCredentials;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CallsTest {

    static String startCall(UUID who, String room) {
        return as(who).body("{\"roomId\":\"" + room + "\",\"callType\":\"video\"}").when().post("/api/v1/calls")
                .then().statusCode(201).body("status", equalTo("initiated")).extract().path("id");
    }

    @Test
    void aCallGoesFromInitiatedThroughActiveToEndedWithADuration() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        String call = startCall(alice, room);
        as(bob).when().post("/api/v1/calls/" + call + "/ringing").then().statusCode(200).body("status", equalTo("ringing"));
        as(bob).when().post("/api/v1/calls/" + call + "/join").then().statusCode(200)
                .body("status", equalTo("active")).body("answeredAt", notNullValue());
        as(alice).body("{\"qualityRating\":4,\"connectionQuality\":{\"rttMs\":80,\"packetLoss\":0.01}}")
                .when().post("/api/v1/calls/" + call + "/end").then().statusCode(200)
                .body("status", equalTo("ended"))
                .body("durationSeconds", greaterThanOrEqualTo(0))
                .body("qualityRating", equalTo(4))
                .body("connectionQuality.rttMs", equalTo(80))
                .body("serverRegion", equalTo("local-1"));
        as(bob).body("{\"qualityRating\":5}").when().post("/api/v1/calls/" + call + "/rating").then().statusCode(200)
                .body("qualityRating", equalTo(5));
        as(alice).when().post("/api/v1/calls/" + call + "/end").then().statusCode(409);
    }

    @Test
    void aSecondOpenCallInTheSameRoomIsAConflict() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        startCall(alice, room);
        as(bob).body("{\"roomId\":\"" + room + "\",\"callType\":\"audio\"}").when().post("/api/v1/calls").then().statusCode(409);
    }

    @Test
    void someoneOutsideTheCallGets404Everywhere() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String call = startCall(alice, room);
        UUID mallory = UUID.randomUUID();
        as(mallory).when().get("/api/v1/calls/" + call).then().statusCode(404);
        as(mallory).when().post("/api/v1/calls/" + call + "/join").then().statusCode(404);
        as(mallory).when().post("/api/v1/calls/" + call + "/end").then().statusCode(404);
        as(mallory).when().get("/api/v1/calls/" + call + "/ice-servers").then().statusCode(404);
        as(mallory).body("{\"roomId\":\"" + room + "\"}").when().post("/api/v1/calls").then().statusCode(404);
    }

    @Test
    void iceServersCarryCoturnRestCredentialsAndAreRecordedWithoutTheSecret() throws Exception {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String call = startCall(alice, room);
        JsonPath body = as(alice).when().get("/api/v1/calls/" + call + "/ice-servers").then().statusCode(200)
                .body("iceServers", hasSize(2))
                .body("iceServers[0].urls[0]", equalTo("stun:stun.samia-tarot.local:3478"))
                .extract().jsonPath();
        String username = body.getString("iceServers[1].username");
        String credential = body.getString("iceServers[1].credential");
        String[] parts = username.split(":");
        assertEquals(alice.toString(), parts[1]);
        long expiry = Long.parseLong(parts[0]);
        long now = System.currentTimeMillis() / 1000;
        assertTrue(expiry > now + 3000 && expiry <= now + 3700, "expires in about the configured hour");
        assertEquals(TurnCredentials.sign("dev-only-turn-shared-secret", username), credential);
        try (Sql owner = Sql.as("chat_owner")) {
            String used = owner.scalar("select ice_servers_used::text from chat.video_call_sessions where id = ?::uuid", call).toString();
            assertTrue(used.contains(username));
            assertFalse(used.contains(credential), "the TURN credential is not stored");
        }
    }

    @Test
    void aCallNobodyAnswersFailsAfterTheRingTimeout() throws Throwable {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String call = startCall(alice, room);
        try (Sql owner = Sql.as("chat_owner")) {
            owner.update("update chat.video_call_sessions set started_at = now() - interval '1 minute' where id = ?::uuid", call);
        }
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() ->
                io.quarkus.arc.Arc.container().instance(com.samiatarot.chat.domain.CallService.class).get().failUnanswered());
        as(alice).when().get("/api/v1/calls/" + call).then().statusCode(200).body("status", equalTo("failed"));
    }
}
