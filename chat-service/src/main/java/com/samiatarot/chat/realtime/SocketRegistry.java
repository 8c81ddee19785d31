package com.samiatarot.chat.realtime;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.websockets.next.WebSocketConnection;

/** This instance's open sockets by user id: each instance delivers only to its own sockets. */
@ApplicationScoped
public class SocketRegistry {

    private final Map<UUID, Set<WebSocketConnection>> byUser = new ConcurrentHashMap<>();

    public void add(UUID userId, WebSocketConnection connection) {
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(UUID userId, WebSocketConnection connection) {
        byUser.computeIfPresent(userId, (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    public Set<WebSocketConnection> of(UUID userId) {
        return byUser.getOrDefault(userId, Set.of());
    }

    public int count() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }
}
