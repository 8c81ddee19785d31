package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoomsTest {

    @Test
    void aDirectRoomHoldsExactlyTheTwoPeopleAndIsReturnedAgainInsteadOfDuplicated() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String id = directRoom(alice, bob);
        as(bob).body("{\"roomType\":\"direct\",\"participantIds\":[\"" + alice + "\"]}")
                .when().post("/api/v1/rooms")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("participantIds", containsInAnyOrder(alice.toString(), bob.toString()))
                .body("isEncrypted", equalTo(true));
    }

    @Test
    void aRoomIsInvisibleToSomeoneWhoIsNotInIt() {
        UUID alice = UUID.randomUUID();
        String id = directRoom(alice, UUID.randomUUID());
        UUID mallory = UUID.randomUUID();
        as(mallory).when().get("/api/v1/rooms/" + id).then().statusCode(404).contentType("application/problem+json");
        as(mallory).body("{\"name\":\"mine now\"}").when().patch("/api/v1/rooms/" + id).then().statusCode(404);
        as(mallory).when().post("/api/v1/rooms/" + id + "/archive").then().statusCode(404);
        as(mallory).when().get("/api/v1/rooms").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(mallory, "admin").when().get("/api/v1/rooms/" + id).then().statusCode(404);
    }

    @Test
    void supportRoomsAreVisibleToAdminsButNotToOtherUsers() {
        UUID user = UUID.randomUUID();
        String id = as(user).body("{\"roomType\":\"support\"}").when().post("/api/v1/rooms")
                .then().statusCode(201).body("participantIds", containsInAnyOrder(user.toString())).extract().path("id");
        as(UUID.randomUUID(), "admin").when().get("/api/v1/rooms/" + id).then().statusCode(200).body("roomType", equalTo("support"));
        as(UUID.randomUUID(), "reader").when().get("/api/v1/rooms/" + id).then().statusCode(404);
    }

    @Test
    void groupParticipantsAreChangedOnlyByTheCreator() {
        UUID owner = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        String id = as(owner).body("{\"roomType\":\"group\",\"name\":\"Circle\",\"participantIds\":[\"" + member + "\"]}")
                .when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
        as(member).body("{\"addParticipantIds\":[\"" + newcomer + "\"]}").when().patch("/api/v1/rooms/" + id)
                .then().statusCode(403);
        as(owner).body("{\"name\":\"Inner circle\",\"addParticipantIds\":[\"" + newcomer + "\"]}").when().patch("/api/v1/rooms/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Inner circle"))
                .body("participantIds", containsInAnyOrder(owner.toString(), member.toString(), newcomer.toString()));
        as(newcomer).when().get("/api/v1/rooms/" + id).then().statusCode(200);
    }

    @Test
    void aDirectRoomWithoutExactlyOneOtherPersonIsRefused() {
        UUID me = UUID.randomUUID();
        as(me).body("{\"roomType\":\"direct\",\"participantIds\":[\"" + me + "\"]}").when().post("/api/v1/rooms")
                .then().statusCode(400).body("errors[0].field", equalTo("participantIds"));
        as(me).body("{\"roomType\":\"reading\",\"participantIds\":[\"" + UUID.randomUUID() + "\"]}").when().post("/api/v1/rooms")
                .then().statusCode(400);
    }

    @Test
    void listingMyRoomsShowsTheLastMessageAndUnreadCountNewestActivityFirst() {
        UUID me = UUID.randomUUID();
        UUID friend = UUID.randomUUID();
        String older = directRoom(me, friend);
        String newer = directRoom(me, UUID.randomUUID());
        com.samiatarot.chat.Api.post(friend, older, "hello there");
        com.samiatarot.chat.Api.post(friend, older, "are you around?");
        as(me).when().get("/api/v1/rooms?limit=1")
                .then().statusCode(200)
                .body("items[0].id", equalTo(older))
                .body("items[0].lastMessage.preview", equalTo("are you around?"))
                .body("items[0].unreadCount", equalTo(2))
                .body("nextCursor", not(equalTo(null)));
        String cursor = as(me).when().get("/api/v1/rooms?limit=1").then().extract().path("nextCursor");
        as(me).when().get("/api/v1/rooms?limit=1&cursor=" + cursor).then().statusCode(200).body("items[0].id", equalTo(newer));
    }

    @Test
    void withoutATokenTheRoomsApiIsUnauthorized() {
        io.restassured.RestAssured.given().when().get("/api/v1/rooms").then().statusCode(401);
    }
}
