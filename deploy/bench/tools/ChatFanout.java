// WebSocket fan-out latency of chat-service through the gateway, with nothing but the JDK:
//   java -Xmx384m deploy/bench/tools/ChatFanout.java [--gateway http://127.0.0.1:8080] [--sockets 1000]
//        [--users 50] [--rooms 2] [--rate 10] [--seconds 10] [--run-id X] [--password P]
//
// 1. registers and logs in `users` bench accounts (…@bench.samia.test) through identity-service;
// 2. splits them into `rooms` encrypted group rooms (at most 50 participants each, the group cap);
// 3. opens `sockets` WebSockets on /ws/chat, socket i belonging to user i % users (several devices per user),
//    and waits for every socket's "ready" frame;
// 4. posts `rate` messages per second for `seconds` seconds, rotating over rooms and, within a room, over its
//    participants (so every sender stays far under chat-service's per-sender limit of 30 per 10 s);
// 5. on every socket that receives a message.created frame of this run, latency = frame arrival - POST sent.
//
// Prints one line for deploy/bench/run.sh (scenarios/chat-ws-fanout.sh):
//   BENCH requests=<frames expected> rps=<frames received/s> p50_ms=.. p99_ms=.. max_ms=.. frames=.. missing=..
//         posts=.. post_errors=.. sockets=.. fanout=.. seconds=..
// Progress goes to stderr. Exit code 0 when it measured something, 1 when setup failed.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ChatFanout {

    static final int GROUP_CAP = 50;
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    final String gateway;
    final String ws;
    final int socketCount;
    final int userCount;
    final int roomCount;
    final double rate;
    final int seconds;
    final String runId;
    final String password;
    final String marker;
    // Sign-ups block on HTTP calls: their own threads, never the HTTP clients' (that would deadlock them).
    final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fanout-setup");
        t.setDaemon(true);
        return t;
    });
    final HttpClient http;
    final List<HttpClient> socketClients = new ArrayList<>();

    // Latencies in microseconds, appended by listener threads.
    long[] latencies = new long[1 << 16];
    int latencyCount;
    final AtomicLong framesReceived = new AtomicLong();
    final AtomicLong lastFrameAt = new AtomicLong();
    long[] sentAt; // nanoTime of each measured POST, by sequence number

    ChatFanout(Map<String, String> a) {
        gateway = a.getOrDefault("gateway", "http://127.0.0.1:8080").replaceAll("/$", "");
        ws = gateway.replaceFirst("^http", "ws") + "/ws/chat";
        socketCount = Integer.parseInt(a.getOrDefault("sockets", "1000"));
        userCount = Integer.parseInt(a.getOrDefault("users", "50"));
        roomCount = Integer.parseInt(a.getOrDefault("rooms", "2"));
        rate = Double.parseDouble(a.getOrDefault("rate", "10"));
        seconds = Integer.parseInt(a.getOrDefault("seconds", "10"));
        runId = a.getOrDefault("run-id", Long.toHexString(System.nanoTime()));
        password = a.getOrDefault("password", "Bench-Password-2026!");
        marker = "fanout-" + runId + "-";
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        // A few clients spread the sockets over several selector threads.
        for (int i = 0; i < 4; i++) {
            socketClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build());
        }
        if (userCount < 2 * roomCount || (userCount + roomCount - 1) / roomCount > GROUP_CAP || socketCount < userCount) {
            throw new IllegalArgumentException("need 2..50 users per room and at least one socket per user");
        }
    }

    record User(String id, String token) {
    }

    record Room(String id, List<User> members, int sockets) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        try {
            new ChatFanout(options).run();
        } catch (SetupFailed e) {
            System.err.println("[fanout] setup failed: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    void run() throws Exception {
        long t = System.nanoTime();
        List<User> users = signIn();
        log("%d users signed in in %.1f s", users.size(), (System.nanoTime() - t) / 1e9);
        List<Room> rooms = createRooms(users);
        t = System.nanoTime();
        List<WebSocket> sockets = connect(users);
        log("%d sockets ready in %.1f s", sockets.size(), (System.nanoTime() - t) / 1e9);
        // Warm-up: one message per room through the whole path, not measured.
        for (Room room : rooms) {
            post(room, room.members().get(0), "warm-up", -1).join();
        }
        Thread.sleep(1000);
        synchronized (this) {
            latencyCount = 0;
        }
        framesReceived.set(0);

        int messages = (int) Math.max(1, Math.round(rate * seconds));
        sentAt = new long[messages];
        Arrays.fill(sentAt, Long.MAX_VALUE);
        long expected = 0;
        AtomicInteger postErrors = new AtomicInteger();
        List<CompletableFuture<Void>> posts = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < messages; k++) {
            long due = start + (long) (k * 1e9 / rate); // absolute schedule: a slow POST does not lower the rate
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Room room = rooms.get(k % rooms.size());
            User sender = room.members().get((k / rooms.size()) % room.members().size());
            expected += room.sockets();
            posts.add(post(room, sender, marker + k + "-", k).thenAccept(ok -> {
                if (!ok) {
                    postErrors.incrementAndGet();
                }
            }));
        }
        double postSeconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        // Drain: until every expected frame arrived, or nothing arrived for 5 s.
        lastFrameAt.set(System.nanoTime());
        while (framesReceived.get() < expected && System.nanoTime() - lastFrameAt.get() < 5_000_000_000L) {
            Thread.sleep(50);
        }
        double frameSeconds = (lastFrameAt.get() - start) / 1e9;
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, latencyCount);
        }
        Arrays.sort(sorted);
        long frames = framesReceived.get();
        System.out.printf("BENCH requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f frames=%d missing=%d posts=%d "
                        + "post_errors=%d post_rate=%.1f sockets=%d fanout=%d seconds=%.3f%n",
                expected, frames / Math.max(frameSeconds, 1e-3), percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0, frames, Math.max(0, expected - frames), messages,
                postErrors.get(), messages / postSeconds, sockets.size(), expected / messages, frameSeconds);
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        Thread.sleep(300);
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = Math.max(0, (int) Math.ceil(q * sorted.length) - 1);
        return sorted[i] / 1000.0;
    }

    // ------------------------------------------------------------------------------------------- setup

    List<User> signIn() throws Exception {
        List<CompletableFuture<User>> futures = new ArrayList<>();
        Semaphore gate = new Semaphore(4); // password hashing is the cost: a few at a time, like real sign-ups
        for (int i = 0; i < userCount; i++) {
            String email = "ws-" + runId + "-" + i + "@bench.samia.test";
            gate.acquire();
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    HttpResponse<String> reg = send("POST", "/api/v1/auth/register",
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"fullName\":\"Fanout Bench\"}", null);
                    if (reg.statusCode() != 201 && reg.statusCode() != 409) {
                        throw new SetupFailed("register -> " + reg.statusCode() + " " + reg.body());
                    }
                    HttpResponse<String> login = send("POST", "/api/v1/auth/login",
                            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
                    String token = field(login.body(), "accessToken");
                    if (login.statusCode() != 200 || token == null) {
                        throw new SetupFailed("login -> " + login.statusCode() + " " + login.body());
                    }
                    return new User(subjectOf(token), token);
                } finally {
                    gate.release();
                }
            }, pool));
        }
        List<User> users = new ArrayList<>();
        for (CompletableFuture<User> f : futures) {
            users.add(unwrap(f));
        }
        return users;
    }

    List<Room> createRooms(List<User> users) {
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < roomCount; r++) {
            List<User> members = new ArrayList<>();
            for (int u = r; u < users.size(); u += roomCount) {
                members.add(users.get(u));
            }
            StringBuilder ids = new StringBuilder();
            for (User m : members.subList(1, members.size())) {
                ids.append(ids.length() == 0 ? "" : ",").append('"').append(m.id()).append('"');
            }
            HttpResponse<String> created = send("POST", "/api/v1/rooms", "{\"roomType\":\"group\",\"name\":\"fanout " + runId + " " + r
                    + "\",\"isEncrypted\":true,\"maxParticipants\":" + GROUP_CAP + ",\"participantIds\":[" + ids + "]}", members.get(0).token());
            if (created.statusCode() != 201) {
                throw new SetupFailed("POST /api/v1/rooms -> " + created.statusCode() + " " + created.body());
            }
            int sockets = 0;
            for (int s = 0; s < socketCount; s++) {
                if (members.contains(users.get(s % users.size()))) {
                    sockets++;
                }
            }
            rooms.add(new Room(field(created.body(), "id"), members, sockets));
        }
        return rooms;
    }

    List<WebSocket> connect(List<User> users) throws Exception {
        CountDownLatch ready = new CountDownLatch(socketCount);
        Semaphore inFlight = new Semaphore(64); // each upgrade verifies a JWT: do not open 1,000 at the same instant
        List<CompletableFuture<WebSocket>> futures = new ArrayList<>();
        for (int i = 0; i < socketCount; i++) {
            User user = users.get(i % users.size());
            inFlight.acquire();
            futures.add(socketClients.get(i % socketClients.size()).newWebSocketBuilder()
                    .header("Authorization", "Bearer " + user.token())
                    .connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(ws), new Listener(ready))
                    .whenComplete((s, e) -> inFlight.release()));
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> f : futures) {
            sockets.add(unwrap(f));
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new SetupFailed(ready.getCount() + " of " + socketCount + " sockets never said ready");
        }
        return sockets;
    }

    // ------------------------------------------------------------------------------------------- traffic

    CompletableFuture<Boolean> post(Room room, User sender, String text, int seq) {
        HttpRequest request = request("POST", "/api/v1/rooms/" + room.id() + "/messages",
                "{\"content\":\"" + text + "\",\"messageType\":\"text\"}", sender.token());
        if (seq >= 0) {
            sentAt[seq] = System.nanoTime();
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null || response.statusCode() != 201) {
                log("POST failed: %s", failure != null ? failure.toString() : response.statusCode() + " " + response.body());
                return false;
            }
            return true;
        });
    }

    /** One socket: collects text fragments into frames, times this run's message.created frames. */
    final class Listener implements WebSocket.Listener {
        private final CountDownLatch ready;
        private final StringBuilder partial = new StringBuilder();

        Listener(CountDownLatch ready) {
            this.ready = ready;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                onFrame(frame, now);
            }
            socket.request(1);
            return null;
        }

        private void onFrame(String frame, long now) {
            if (frame.contains("\"type\":\"ready\"")) {
                ready.countDown();
                return;
            }
            if (!frame.contains("\"type\":\"message.created\"")) {
                return;
            }
            int at = frame.indexOf(marker);
            if (at < 0) {
                return;
            }
            int from = at + marker.length();
            int to = frame.indexOf('-', from);
            int seq = Integer.parseInt(frame, from, to, 10);
            long sent = sentAt[seq];
            if (sent == Long.MAX_VALUE) {
                return;
            }
            record((now - sent) / 1000);
            framesReceived.incrementAndGet();
            lastFrameAt.set(now);
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            log("socket error: %s", error.toString());
        }
    }

    synchronized void record(long micros) {
        if (latencyCount == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[latencyCount++] = micros;
    }

    // ------------------------------------------------------------------------------------------- http

    HttpRequest request(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "samia-bench")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    HttpResponse<String> send(String method, String path, String body, String token) {
        try {
            return http.send(request(method, path, body, token), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new SetupFailed(method + " " + path + ": " + e);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The user id is the access token's subject; the gateway already verified nothing here, the services will. */
    static String subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return field(payload, "sub");
    }

    static <T> T unwrap(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof SetupFailed s ? s : new SetupFailed(String.valueOf(e.getCause()));
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("[fanout] " + format + "%n", args);
    }

    static final class SetupFailed extends RuntimeException {
        SetupFailed(String message) {
            super(message);
        }
    }
}
