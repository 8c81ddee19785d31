package com.samiatarot.chat.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.testing.TestTokens;

/**
 * Two real replicas: two chat-service JVMs from the packaged {@code target/quarkus-app/quarkus-run.jar}
 * (failsafe runs this after {@code package}), on free ports, sharing the test database and Kafka. A message
 * POSTed to instance A reaches a socket connected to instance B, which never saw the request. Logs go to
 * {@code target/two-instances/}; both processes are stopped after the test, and by a shutdown hook if the
 * test JVM itself is stopped.
 */
class TwoInstanceDeliveryIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path WORK = Path.of("target", "two-instances");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing: failsafe runs after package");
        Files.createDirectories(WORK);
        Path publicKey = WORK.resolve("jwt-public.pem");
        try (InputStream pem = TwoInstanceDeliveryIT.class.getClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            Files.copy(pem, publicKey, StandardCopyOption.REPLACE_EXISTING);
        }
        a = Instance.start("a", publicKey);
        b = Instance.start("b", publicKey);
        Runtime.getRuntime().addShutdownHook(new Thread(TwoInstanceDeliveryIT::stopBoth));
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopBoth() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    @Test
    void aMessagePostedToOneInstanceReachesASocketOnTheOther() throws Exception {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        HttpResponse<String> room = a.post("/api/v1/rooms", alice,
                "{\"roomType\":\"direct\",\"participantIds\":[\"" + bob + "\"]}");
        assertEquals(201, room.statusCode(), room.body());
        String roomId = MAPPER.readTree(room.body()).path("id").asText();

        List<JsonNode> bobsFrames = new CopyOnWriteArrayList<>();
        WebSocket bobOnB = HTTP.newWebSocketBuilder()
                .header("Authorization", TestTokens.bearer(bob, "client"))
                .buildAsync(URI.create("ws://127.0.0.1:" + b.port + "/ws/chat"), new Collect(bobsFrames))
                .get(30, TimeUnit.SECONDS);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> firstOfType(bobsFrames, "ready").isPresent());

            HttpResponse<String> sent = a.post("/api/v1/rooms/" + roomId + "/messages", alice,
                    "{\"content\":\"across two JVMs\",\"messageType\":\"text\"}");
            assertEquals(201, sent.statusCode(), sent.body());
            String messageId = MAPPER.readTree(sent.body()).path("id").asText();

            JsonNode frame = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> bobsFrames.stream().filter(f -> "message.created".equals(f.path("type").asText())
                            && messageId.equals(f.path("data").path("message").path("id").asText())).findFirst(), Optional::isPresent)
                    .get();
            assertEquals("across two JVMs", frame.path("data").path("message").path("content").asText());
            assertEquals(roomId, frame.path("roomId").asText());
        } finally {
            bobOnB.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
    }

    private static Optional<JsonNode> firstOfType(List<JsonNode> frames, String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).findFirst();
    }

    /** Keeps every JSON frame a socket receives. */
    private record Collect(List<JsonNode> frames, StringBuilder partial) implements WebSocket.Listener {
        Collect(List<JsonNode> frames) {
            this(frames, new StringBuilder());
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(MAPPER.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    /** One chat-service JVM (prod profile, as deployed) on the test database, with the test JWT key. */
    private static final class Instance {
        final String name;
        final int port;
        final Process process;
        final Path log;

        private Instance(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        static Instance start(String name, Path publicKey) throws IOException {
            int port = freePort();
            Path log = WORK.resolve("chat-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dmp.jwt.verify.publickey.location=" + publicKey.toAbsolutePath(),
                    // the running stack's chat-service consumes tarot.events as group chat-service: stay out of it
                    "-Dmp.messaging.incoming.tarot-events.enabled=false",
                    "-jar", JAR.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("SAMIA_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("SAMIA_DB_NAME", System.getenv().getOrDefault("SAMIA_DB_NAME", "samia_test"));
            builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            return new Instance(name, port, builder.start(), log);
        }

        void awaitReady() {
            Awaitility.await("chat-service " + name + " ready (log: " + log.toAbsolutePath() + ")")
                    .atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("chat-service " + name + " exited with " + process.exitValue()
                                    + "; see " + log.toAbsolutePath());
                        }
                        try {
                            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }

        HttpResponse<String> post(String path, UUID user, String json) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", TestTokens.bearer(user, "client"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void stop() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
