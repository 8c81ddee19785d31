package com.samiatarot.chat.realtime;

import static com.samiatarot.chat.Api.directRoom;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.chat.domain.MessageCipher;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Another replica publishes with NOTIFY on its own database connection; this instance, which never saw the
 * request, must push the message to its own socket. The "other replica" here is a plain JDBC connection as
 * chat_app issuing exactly the NOTIFY a replica issues (a second JVM is not started: one boot per module).
 */
@QuarkusTest
class CrossInstanceDeliveryTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    MessageCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Test
    void aNotificationFromAnotherReplicaReachesASocketOnThisOne() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String room = directRoom(alice, bob);
        UUID messageId = UUID.randomUUID();
        MessageCipher.Sealed sealed = cipher.seal(messageId, "from the other replica");
        ObjectNode message = mapper.createObjectNode();
        message.put("id", messageId.toString());
        message.put("roomId", room);
        message.put("senderId", alice.toString());
        ObjectNode data = mapper.createObjectNode();
        data.put("roomId", room);
        data.set("message", message);
        String notice = mapper.writeValueAsString(new RealtimeNotice("message.created", UUID.fromString(room), List.of(alice, bob), data,
                new RealtimeNotice.Sealed(messageId, sealed.keyId(), sealed.content())));
        try (Inbox bobs = Inbox.open(base, bob, "client"); Sql otherReplica = Sql.as("chat_app")) {
            otherReplica.query("select pg_notify('chat_realtime', ?)", notice);
            JsonNode frame = bobs.await(f -> messageId.toString().equals(f.path("data").path("message").path("id").asText()));
            assertEquals("from the other replica", frame.path("data").path("message").path("content").asText());
        }
    }
}
