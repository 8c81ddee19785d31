package com.samiatarot.chat.realtime;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.chat.config.ChatConfig;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fan-out across replicas with PostgreSQL NOTIFY. Inside a transaction the notification is delivered only
 * if the change commits (a rolled-back message never reaches a socket); ephemeral signals (typing, call
 * signaling) go out at once on a pooled connection.
 */
@ApplicationScoped
public class RealtimePublisher {

    private final ObjectMapper mapper;
    private final Pool pool;
    private final String channel;

    public RealtimePublisher(ObjectMapper mapper, Pool pool, ChatConfig config) {
        this.mapper = mapper;
        this.pool = pool;
        this.channel = config.realtime().channel();
    }

    /** Queued in the current Hibernate Reactive transaction: delivered on commit. */
    public Uni<Void> onCommit(RealtimeNotice notice) {
        String json = toJson(notice);
        return Panache.getSession().chain(session -> session.createNativeQuery("select cast(pg_notify(?1, ?2) as text)")
                        .setParameter(1, channel).setParameter(2, json).getSingleResultOrNull())
                .replaceWithVoid();
    }

    public Uni<Void> now(RealtimeNotice notice) {
        return pool.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(channel, toJson(notice))).replaceWithVoid();
    }

    private String toJson(RealtimeNotice notice) {
        try {
            return mapper.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("realtime notice cannot be serialised", e);
        }
    }
}
