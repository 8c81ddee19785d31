package com.samiatarot.chat.api;

import static com.samiatarot.chat.Api.as;
import static com.samiatarot.chat.Api.directRoom;
import static com.samiatarot.chat.Api.plainDirectRoom;
import static com.samiatarot.chat.Api.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EncryptionAndAttachmentsTest {

    static final String SECRET = "the tower card means sudden change";

    @Test
    void anEncryptedRoomStoresCiphertextButParticipantsReadPlaintext() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        String id = post(alice, room, SECRET);
        as(bob).when().get("/api/v1/rooms/" + room + "/messages").then().statusCode(200)
                .body("items[0].content", equalTo(SECRET))
                .body("items[0].isEncrypted", equalTo(true));
        try (Sql owner = Sql.as("chat_owner")) {
            List<Map<String, Object>> rows = owner.query(
                    "select content, key_id, is_encrypted from chat.chat_messages where id = ?::uuid", id);
            String stored = (String) rows.get(0).get("content");
            assertNotEquals(SECRET, stored);
            assertFalse(stored.contains("tower"), "no plaintext fragment at rest");
            assertEquals("k1", rows.get(0).get("key_id"));
            assertEquals(true, rows.get(0).get("is_encrypted"));
            // A dump of the whole table shows no plaintext either.
            assertEquals(0L, owner.scalar("select count(*) from chat.chat_messages where content like '%sudden change%'"));
        }
    }

    @Test
    void anUnencryptedRoomIsStoredAsIs() throws Exception {
        UUID alice = UUID.randomUUID();
        String room = plainDirectRoom(alice, UUID.randomUUID());
        String id = post(alice, room, "plain words");
        try (Sql owner = Sql.as("chat_owner")) {
            assertEquals("plain words", owner.scalar("select content from chat.chat_messages where id = ?::uuid", id));
        }
    }

    static String attachment(String url, String type, long size) {
        return "{\"content\":\"see attached\",\"messageType\":\"file\",\"attachment\":{\"url\":\"" + url
                + "\",\"fileName\":\"chart.pdf\",\"fileSize\":" + size + ",\"fileType\":\"" + type + "\"}}";
    }

    @Test
    void anAttachmentOnTheStorageHostIsKeptAsMetadata() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        as(alice).body(attachment("https://files.samia-tarot.local/rooms/abc/chart.pdf", "application/pdf", 2048))
                .when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(201)
                .body("attachment.url", equalTo("https://files.samia-tarot.local/rooms/abc/chart.pdf"))
                .body("attachment.fileSize", equalTo(2048));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://files.samia-tarot.local/a.pdf",
            "https://evil.example.com/a.pdf",
            "https://files.samia-tarot.local.evil.com/a.pdf",
            "https://127.0.0.1/a.pdf",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/a.pdf",
            "https://2130706433/a.pdf",
            "https://files.samia-tarot.local@evil.com/a.pdf",
            "https://user:pw@files.samia-tarot.local/a.pdf",
            "https://evil.com#@files.samia-tarot.local/a.pdf",
            "https://files.samia-tarot.local:8443/a.pdf",
            "file:///etc/passwd",
            "gopher://files.samia-tarot.local/a",
            "https://files.samia-tarot.local\\\\@evil.com/a.pdf"
    })
    void attachmentUrlsOutsideTheStorageHostAreRefused(String url) throws Exception {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        as(alice).body(attachment(url, "application/pdf", 10)).when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("attachment.url"));
        try (Sql owner = Sql.as("chat_owner")) {
            assertEquals(0L, owner.scalar("select count(*) from chat.chat_messages where room_id = ?::uuid", room));
        }
    }

    @Test
    void attachmentsOfADisallowedTypeOrTooLargeAreRefused() {
        UUID alice = UUID.randomUUID();
        String room = directRoom(alice, UUID.randomUUID());
        as(alice).body(attachment("https://files.samia-tarot.local/x.exe", "application/x-msdownload", 10))
                .when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400).body("errors[0].field", equalTo("attachment.fileType"));
        as(alice).body(attachment("https://files.samia-tarot.local/big.pdf", "application/pdf", 50_000_000))
                .when().post("/api/v1/rooms/" + room + "/messages")
                .then().statusCode(400).body("errors[0].field", equalTo("attachment.fileSize"));
    }
}
