package com.samiatarot.chat.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Roles;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * {@code /ws/chat}: the upgrade is authenticated by the access token (Authorization header, or the
 * {@code quarkus-http-upgrade#Authorization#...} sub-protocol for browsers). The server pushes message
 * created/edited/deleted, read receipts, typing and call events for the user's rooms; the client may send
 * {@code typing} for a room it is in and {@code call.signal} (offer/answer/ICE) to another participant of
 * an open call. Membership is checked in PostgreSQL as the caller, under RLS.
 */
@Authenticated
@WebSocket(path = "/ws/chat")
public class ChatSocket {

    private static final Logger LOG = Logger.getLogger(ChatSocket.class);
    private static final UserData.TypedKey<String> USER = UserData.TypedKey.forString("samia.user");
    private static final UserData.TypedKey<String> ROLE = UserData.TypedKey.forString("samia.role");
    private static final int MAX_SIGNAL_CHARS = 6000;

    private final SocketRegistry sockets;
    private final RealtimePublisher realtime;
    private final ObjectMapper mapper;
    private final Pool pool;
    private final SecurityIdentity identity;

    public ChatSocket(SocketRegistry sockets, RealtimePublisher realtime, ObjectMapper mapper, Pool pool, SecurityIdentity identity) {
        this.sockets = sockets;
        this.realtime = realtime;
        this.mapper = mapper;
        this.pool = pool;
        this.identity = identity;
    }

    @OnOpen
    public String onOpen(WebSocketConnection connection) {
        Caller caller = callerOf(identity);
        if (caller == null) {
            connection.close().subscribe().with(ok -> { }, e -> { });
            return "{\"type\":\"error\",\"detail\":\"A valid access token is required.\"}";
        }
        connection.userData().put(USER, caller.id().toString());
        connection.userData().put(ROLE, caller.role());
        sockets.add(caller.id(), connection);
        return "{\"type\":\"ready\",\"userId\":\"" + caller.id() + "\"}";
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        String user = connection.userData().get(USER);
        if (user != null) {
            sockets.remove(UUID.fromString(user), connection);
        }
    }

    @OnTextMessage
    public Uni<Void> onMessage(String text, WebSocketConnection connection) {
        return handle(text, connection).chain(reply -> reply == null ? Uni.createFrom().voidItem() : connection.sendText(reply));
    }

    private Uni<String> handle(String text, WebSocketConnection connection) {
        String user = connection.userData().get(USER);
        if (user == null) {
            return Uni.createFrom().item(error("not authenticated"));
        }
        Caller caller = new Caller(UUID.fromString(user), connection.userData().get(ROLE), null);
        JsonNode in;
        try {
            in = text.length() > MAX_SIGNAL_CHARS ? null : mapper.readTree(text);
        } catch (Exception e) {
            in = null;
        }
        if (in == null || !in.isObject()) {
            return Uni.createFrom().item(error("frames are JSON objects of at most " + MAX_SIGNAL_CHARS + " characters"));
        }
        String type = in.path("type").asText("");
        try {
            return switch (type) {
                case "typing" -> typing(caller, UUID.fromString(in.path("roomId").asText()));
                case "call.signal" -> signal(caller, UUID.fromString(in.path("callId").asText()),
                        UUID.fromString(in.path("toUserId").asText()), in.path("signal"));
                case "ping" -> Uni.createFrom().item("{\"type\":\"pong\"}");
                default -> Uni.createFrom().item(error("unknown frame type"));
            };
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(error("ids must be UUIDs"));
        }
    }

    private Uni<String> typing(Caller caller, UUID roomId) {
        return participants(caller, "select array_to_string(participants, ',') from chat.chat_rooms where id = $1 and is_active", roomId)
                .chain(people -> {
                    if (people == null || !people.contains(caller.id())) {
                        return Uni.createFrom().item(error("no such room"));
                    }
                    List<UUID> others = new ArrayList<>(people);
                    others.remove(caller.id());
                    ObjectNode data = mapper.createObjectNode();
                    data.put("roomId", roomId.toString());
                    data.put("userId", caller.id().toString());
                    return realtime.now(new RealtimeNotice("typing", roomId, others, data, null)).replaceWith((String) null);
                });
    }

    /** Signaling is relayed only between participants of an open call: never to anyone else. */
    private Uni<String> signal(Caller caller, UUID callId, UUID to, JsonNode signal) {
        if (!signal.isObject()) {
            return Uni.createFrom().item(error("signal must be an object"));
        }
        return participants(caller, """
                        select array_to_string(participants || initiator_id, ',') from chat.video_call_sessions
                         where id = $1 and status in ('initiated', 'ringing', 'active')""", callId)
                .chain(people -> {
                    if (people == null || !people.contains(caller.id()) || !people.contains(to) || to.equals(caller.id())) {
                        return Uni.createFrom().item(error("no such call or participant"));
                    }
                    ObjectNode data = mapper.createObjectNode();
                    data.put("callId", callId.toString());
                    data.put("fromUserId", caller.id().toString());
                    data.set("signal", signal);
                    return realtime.now(new RealtimeNotice("call.signal", null, List.of(to), data, null)).replaceWith((String) null);
                });
    }

    private Uni<List<UUID>> participants(Caller caller, String sql, UUID id) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select set_config('request.jwt.claims', $1, true)").execute(Tuple.of(caller.claims().toJson()))
                .chain(ignored -> connection.preparedQuery(sql).execute(Tuple.of(id)))
                .map(rows -> {
                    var iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        return null;
                    }
                    Row row = iterator.next();
                    List<UUID> people = new ArrayList<>();
                    String list = row.getString(0);
                    if (list != null && !list.isEmpty()) {
                        for (String p : list.split(",")) {
                            people.add(UUID.fromString(p));
                        }
                    }
                    return people;
                }))
                .onFailure().invoke(e -> LOG.debugf("socket membership check failed: %s", e.getMessage()));
    }

    private static String error(String detail) {
        return "{\"type\":\"error\",\"detail\":\"" + detail + "\"}";
    }

    static Caller callerOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            return null;
        }
        String role = token.getGroups() == null ? null
                : token.getGroups().stream().filter(Roles.ALL::contains).findFirst().orElse(null);
        return role == null ? null : new Caller(id, role, null);
    }
}
