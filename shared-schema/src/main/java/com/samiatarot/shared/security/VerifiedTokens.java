package com.samiatarot.shared.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens already verified by this replica, so a client sending the same bearer token with every
 * request pays for one RSA verification instead of one per request. Keyed by the exact token text: any
 * change to header, claims or signature is a different key and is verified from scratch. An entry lives
 * until the token expires or {@code ttl} has passed, whichever is first; the ttl bounds how long a token
 * signed with a key that has just been withdrawn from the JWKS is still accepted. Bounded: a full cache
 * first drops expired entries, then everything (a flood of distinct tokens only costs verifications).
 */
public final class VerifiedTokens {

    private record Entry(JsonWebToken token, long expiresAtMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;

    public VerifiedTokens(Duration ttl, int maxEntries, LongSupplier clockMillis) {
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clockMillis;
    }

    /** The verified token for this exact text, or null when unknown or expired. */
    public JsonWebToken find(String raw) {
        Entry entry = entries.get(raw);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.expiresAtMillis()) {
            entries.remove(raw, entry);
            return null;
        }
        return entry.token();
    }

    /** Remembers a token that has just passed full verification (signature, issuer, expiry). */
    public void remember(String raw, JsonWebToken verified) {
        if (ttlMillis <= 0 || maxEntries <= 0) {
            return;
        }
        long now = clock.getAsLong();
        long expiresAt = Math.min(now + ttlMillis, verified.getExpirationTime() * 1000L);
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> entry.expiresAtMillis() <= now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(raw, new Entry(verified, expiresAt));
    }

    public int size() {
        return entries.size();
    }
}
