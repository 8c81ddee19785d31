package com.samiatarot.tarot.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** tarot.reading_idempotency_keys: which reading a client's Idempotency-Key created. Runs inside the caller's RLS transaction. */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** A key already used by this client: the reading it created and the fingerprint of its request. */
    public record Used(UUID readingId, String fingerprint) {
    }

    public Uni<Used> find(UUID clientId, String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select cast(reading_id as text), request_fingerprint from tarot.reading_idempotency_keys"
                        + " where client_id = ?1 and idempotency_key = ?2", Object[].class)
                .setParameter(1, clientId)
                .setParameter(2, key)
                .getSingleResultOrNull())
                .map(row -> row == null ? null : new Used(UUID.fromString((String) row[0]), (String) row[1]));
    }

    /** Fails with a unique violation when a concurrent request with the same key got there first. */
    public Uni<Integer> record(UUID clientId, String key, String fingerprint, UUID readingId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into tarot.reading_idempotency_keys (client_id, idempotency_key, request_fingerprint,"
                        + " reading_id) values (?1, ?2, ?3, ?4)")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, readingId)
                .executeUpdate());
    }
}
