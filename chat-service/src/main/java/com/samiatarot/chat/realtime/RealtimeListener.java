package com.samiatarot.chat.realtime;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.chat.domain.MessageCipher;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * LISTENs on the realtime channel (its own connection, reconnecting) and pushes each notice to this
 * instance's sockets of its recipients. Side effects of delivery: {@code delivered_at} on a message the first
 * time a recipient's socket gets it, and {@code ringing} on a call when a callee's socket gets the invite.
 */
@ApplicationScoped
public class RealtimeListener {

    private static final Logger LOG = Logger.getLogger(RealtimeListener.class);
    private static final String SERVICE_CLAIMS = "{\"sub\":null,\"role\":\"service\"}";

    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final SocketRegistry sockets;
    private final MessageCipher cipher;
    private final Pool pool;
    private final ChatConfig config;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;
    private volatile boolean listening;

    public RealtimeListener(Vertx vertx, ObjectMapper mapper, SocketRegistry sockets, MessageCipher cipher, Pool pool, ChatConfig config,
                            @ConfigProperty(name = "samia.db.host") String host,
                            @ConfigProperty(name = "samia.db.port") int port,
                            @ConfigProperty(name = "samia.db.name") String database,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.mapper = mapper;
        this.sockets = sockets;
        this.cipher = cipher;
        this.pool = pool;
        this.config = config;
        this.options = new PgConnectOptions().setHost(host).setPort(port).setDatabase(database).setUser(user).setPassword(password);
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> retries < 1000 ? 500L : -1L);
        subscriber.channel(config.realtime().channel()).handler(this::onNotice)
                .subscribeHandler(ignored -> listening = true); // LISTEN issued, also after a reconnect
        subscriber.closeHandler(ignored -> listening = false);
        subscriber.connect().onFailure(e -> LOG.errorf("realtime LISTEN connection failed: %s", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** Whether notices from other replicas reach this one: a socket here would miss them otherwise. */
    public boolean listening() {
        return listening && subscriber != null && !subscriber.closed();
    }

    void onNotice(String payload) {
        RealtimeNotice notice;
        try {
            notice = mapper.readValue(payload, RealtimeNotice.class);
        } catch (Exception e) {
            LOG.warnf("ignoring an unreadable realtime notice: %s", e.getClass().getSimpleName());
            return;
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("type", notice.type());
        if (notice.roomId() != null) {
            out.put("roomId", notice.roomId().toString());
        }
        ObjectNode data = notice.data() == null ? mapper.createObjectNode() : notice.data().deepCopy();
        if (notice.sealed() != null && data.has("message")) {
            try {
                ((ObjectNode) data.get("message")).put("content",
                        cipher.open(notice.sealed().messageId(), notice.sealed().keyId(), notice.sealed().content()));
            } catch (RuntimeException e) {
                LOG.warn("realtime notice content could not be opened (unknown key?)");
                return;
            }
        }
        out.set("data", data);
        String text = out.toString();
        UUID senderOrActor = data.hasNonNull("actorId") ? UUID.fromString(data.get("actorId").asText())
                : data.path("message").hasNonNull("senderId") ? UUID.fromString(data.path("message").get("senderId").asText()) : null;
        List<UUID> recipients = notice.recipients() == null ? List.of() : notice.recipients();
        // The bookkeeping below is one UPDATE per notice, not one per socket: a group message reaches hundreds.
        AtomicBoolean recorded = new AtomicBoolean();
        for (UUID recipient : recipients) {
            boolean other = !recipient.equals(senderOrActor);
            for (WebSocketConnection connection : sockets.of(recipient)) {
                if (!connection.isOpen()) {
                    continue;
                }
                connection.sendText(text).subscribe().with(
                        ok -> {
                            if (other && recorded.compareAndSet(false, true)) {
                                afterDelivery(notice, data);
                            }
                        },
                        failure -> LOG.debugf("socket send failed: %s", failure.getMessage()));
            }
        }
    }

    /** First delivery of a notice to someone other than its sender: delivered_at, or a ringing call. */
    private void afterDelivery(RealtimeNotice notice, ObjectNode data) {
        if ("message.created".equals(notice.type())) {
            asService("update chat.chat_messages set delivered_at = now() where id = $1 and delivered_at is null",
                    Tuple.of(UUID.fromString(data.path("message").path("id").asText())));
        } else if ("call.incoming".equals(notice.type())) {
            asService("update chat.video_call_sessions set status = 'ringing' where id = $1 and status = 'initiated'",
                    Tuple.of(UUID.fromString(data.path("callId").asText())));
        }
    }

    private void asService(String sql, Tuple args) {
        pool.withTransaction(connection -> connection
                        .preparedQuery("select set_config('request.jwt.claims', $1, true)").execute(Tuple.of(SERVICE_CLAIMS))
                        .compose(ignored -> connection.preparedQuery(sql).execute(args)))
                .onFailure(e -> LOG.warnf("delivery bookkeeping failed: %s", e.getMessage()));
    }
}
