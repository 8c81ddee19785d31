package com.samiatarot.chat.realtime;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;

/** A test WebSocket client of /ws/chat that keeps every JSON frame it receives. */
final class Inbox implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    final WebSocketClientConnection connection;

    private Inbox(BasicWebSocketConnector connector) {
        connection = connector
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, text) -> {
                    try {
                        frames.add(MAPPER.readTree(text));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .connectAndAwait();
        await(f -> "ready".equals(f.path("type").asText()));
    }

    static Inbox open(URI base, UUID user, String role) {
        return new Inbox(BasicWebSocketConnector.create().baseUri(base).path("/ws/chat")
                .addHeader("Authorization", "Bearer " + TestTokens.forUser(user, role)));
    }

    /** The browser way: the token travels in Sec-WebSocket-Protocol. */
    static Inbox openWithSubprotocol(URI base, UUID user, String role) {
        return new Inbox(BasicWebSocketConnector.create().baseUri(base).path("/ws/chat")
                .addSubprotocol("samia.chat.v1")
                .addSubprotocol("quarkus-http-upgrade#Authorization#Bearer%20" + TestTokens.forUser(user, role)));
    }

    JsonNode await(Predicate<JsonNode> match) {
        List<JsonNode> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (JsonNode frame : frames) {
                if (match.test(frame)) {
                    found.add(frame);
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    static Predicate<JsonNode> ofType(String type) {
        return f -> type.equals(f.path("type").asText());
    }

    void send(String json) {
        connection.sendTextAndAwait(json);
    }

    boolean saw(Predicate<JsonNode> match) {
        return frames.stream().anyMatch(match);
    }

    @Override
    public void close() {
        connection.closeAndAwait();
    }
}
