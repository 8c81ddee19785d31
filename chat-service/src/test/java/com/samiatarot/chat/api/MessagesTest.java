package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.chat.domain.ChatJobs;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

@QuarkusTest
class MessagesTest {

    @Inject
    ChatJobs jobs;

    @Test
    void messagesAreListedNewestFirstAndPagedWithBefore() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        String first = post(alice, room, "one");
        String second = post(bob, room, "two");
        String third = post(alice, room, "three");
        String next = as(bob).when().get("/api/v1/rooms/" + room + "/messages?limit=2")
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("items[0].content", equalTo("three"))
                .body("nextCursor", equalTo(second))
                .extract().path("nextCursor");
        as(bob).when().get("/api/v1/rooms/" + room + "/messages?limit=2&before=" + next)
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("nextCursor", nullValue());
    }

    @Test
    void someoneOutsideTheRoomCanNeitherReadNorWriteNorTouchItsMessages() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String message = post(alice, room, "private");
        UUID mallory = UUID.randomUUID();
        as(mallory).when().get("/api/v1/rooms/" + room + "/messages").then().statusCode(404);
        as(mallory).body("{\"content\":\"hi\"}").when().post("/api/v1/rooms/" + room + "/messages").then().statusCode(404);
        as(mallory).body("{\"content\":\"changed\"}").when().patch("/api/v1/rooms/" + room + "/messages/" + message).then().statusCode(404);
        as(mallory).when().delete("/api/v1/rooms/" + room + "/messages/" + message).then().statusCode(404);
        as(mallory).body("{\"upToMessageId\":\"" + message + "\"}").when().post("/api/v1/rooms/" + room + "/read").then().statusCode(404);
        // A message id from another room does not open through a room the caller is in.
        String malloryRoom = directRoom(mallory, UUID.randomUUID());
        as(mallory).body("{\"content\":\"changed\"}").when().patch("/api/v1/rooms/" + malloryRoom + "/messages/" + message)
                .then().statusCode(404);
    }

    @Test
    void onlyTheSenderEditsAMessageAndTheEditIsMarked() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        String message = post(alice, room, "helo");
        as(bob).body("{\"content\":\"hacked\"}").when().patch("/api/v1/rooms/" + room + "/messages/" + message).then().statusCode(403);
        as(alice).body("{\"content\":\"hello\"}").when().patch("/api/v1/rooms/" + room + "/messages/" + message)
                .then().statusCode(200)
                .body("content", equalTo("hello"))
                .body("isEdited", equalTo(true))
                .body("editedAt", notNullValue());
    }

    @Test
    void anEditAfterTheEditWindowIsRefused() throws Exception {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String message = post(alice, room, "old news");
        try (Sql owner = Sql.as("chat_owner")) {
            owner.update("update chat.chat_messages set created_at = now() - interval '1 hour' where id = ?::uuid", message);
        }
        as(alice).body("{\"content\":\"rewritten\"}").when().patch("/api/v1/rooms/" + room + "/messages/" + message)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aDeletedMessageStaysAsATombstoneWithoutItsContent() throws Exception {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        String message = post(alice, room, "regrettable");
        as(alice).when().delete("/api/v1/rooms/" + room + "/messages/" + message).then().statusCode(204);
        as(alice).when().get("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(200)
                .body("items[0].id", equalTo(message))
                .body("items[0].content", nullValue())
                .body("items[0].deletedAt", notNullValue());
        try (Sql owner = Sql.as("chat_owner")) {
            assertEquals("", owner.scalar("select content from chat.chat_messages where id = ?::uuid", message));
        }
    }

    @Test
    void readReceiptsClearTheUnreadCountAndStampReadAt() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        post(alice, room, "one");
        String last = post(alice, room, "two");
        as(bob).body("{\"upToMessageId\":\"" + last + "\"}").when().post("/api/v1/rooms/" + room + "/read")
                .then().statusCode(200).body("marked", equalTo(2));
        as(bob).when().get("/api/v1/rooms").then().statusCode(200)
                .body("items.find { it.id == '" + room + "' }.unreadCount", equalTo(0));
        as(alice).when().get("/api/v1/rooms/" + room + "/messages").then().statusCode(200)
                .body("items[0].readAt", notNullValue());
    }

    @Test
    void oversizedOrBlankContentIsRefused() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        as(alice).body("{\"content\":\"" + "x".repeat(2001) + "\"}").when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400).body("errors[0].field", equalTo("content"));
        as(alice).body("{\"content\":\"   \"}").when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400).body("errors[0].field", equalTo("content"));
        as(alice).body("{\"content\":\"hi\",\"messageType\":\"system\"}").when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400);
    }

    @Test
    void anArchivedRoomTakesNoNewMessages() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        as(alice).when().post("/api/v1/rooms/" + room + "/archive").then().statusCode(200).body("isActive", equalTo(false));
        as(alice).body("{\"content\":\"anyone?\"}").when().post("/api/v1/rooms/" + room + "/messages").then().statusCode(409);
    }

    @Test
    void messagesOlderThanTheRoomsAutoDeleteWindowArePurgedForGood() throws Throwable {
        UUID alice = UUID.randomUUID();
        String room = as(alice).body("{\"roomType\":\"direct\",\"autoDeleteAfterHours\":1,\"participantIds\":[\"" + UUID.randomUUID() + "\"]}")
                .when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
        String old = post(alice, room, "ephemeral");
        String recent = post(alice, room, "still here");
        try (Sql owner = Sql.as("chat_owner")) {
            owner.update("update chat.chat_messages set created_at = now() - interval '2 hours' where id = ?::uuid", old);
            VertxContextSupport.subscribeAndAwait(() -> jobs.purgeExpiredMessages());
            assertEquals(0L, owner.scalar("select count(*) from chat.chat_messages where id = ?::uuid", old));
            assertEquals(1L, owner.scalar("select count(*) from chat.chat_messages where id = ?::uuid", recent));
        }
    }

    @Test
    void staffAnsweringASupportRoomJoinIt() {
        UUID user = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String room = as(user).body("{\"roomType\":\"support\"}").when().post("/api/v1/rooms").then().statusCode(201).extract().path("id");
        post(user, room, "I need help");
        as(admin, "admin").body("{\"content\":\"How can I help?\"}").when().post("/api/v1/rooms/" + room + "/messages").then().statusCode(201);
        as(user).when().get("/api/v1/rooms/" + room).then().statusCode(200)
                .body("participantIds.size()", equalTo(2));
    }
}
