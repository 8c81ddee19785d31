package com.samiatarot.wallet.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.problem.SqlStates;
import com.samiatarot.shared.security.Rls;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stripe-style idempotency for money-moving POSTs. The key is claimed with an insert in the same transaction
 * as the money movement: a concurrent duplicate blocks on the unique index until the first commits, then
 * replays its stored response; if the first failed (rolled back), the duplicate runs as if it were first.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private static final String CLAIM = "insert into wallet.idempotency_keys (user_id, key, request_hash) values (:u, :k, :h)"
            + " on conflict (user_id, key) do nothing";
    private static final String READ = "select request_hash, response_status, response_body from wallet.idempotency_keys"
            + " where user_id = :u and key = :k";
    private static final String FORGET = "delete from wallet.idempotency_keys where user_id = :u and key = :k and response_status is null";
    private static final String COMPLETE = "update wallet.idempotency_keys set response_status = :s, response_body = :b"
            + " where user_id = :u and key = :k";

    private static final String KEY_CONSTRAINT = "uq_idempotency_user_key";
    private static final HexFormat HEX = HexFormat.of();
    // never used itself: only cloned, so it stays a fresh digest
    private static final MessageDigest SHA_256 = newSha256();

    private final Rls rls;
    private final ObjectMapper mapper;

    public Idempotency(Rls rls, ObjectMapper mapper) {
        this.rls = rls;
        this.mapper = mapper;
    }

    /** The first (or replayed) response; {@code replayed} tells the caller not to repeat side effects after commit. */
    public record Outcome<T>(int status, String body, boolean replayed, T result) {
    }

    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw DomainException.badRequest("The Idempotency-Key header is required for operations that move money.")
                    .with("header", HEADER);
        }
        if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw DomainException.invalidField(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        return key;
    }

    public String fingerprint(String operation, Object request) {
        try {
            String canonical = operation + "\n" + mapper.writeValueAsString(request);
            return HEX.formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }

    // MessageDigest.getInstance searches the security providers on every call; a clone of a fresh digest is the same
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * Runs {@code work} once per (user, key) in one service transaction with the key claim and the stored response.
     * The work must check the caller's rights itself (it runs as the service).
     */
    public <T> Uni<Outcome<T>> once(UUID userId, String key, String fingerprint, int status, Supplier<Uni<T>> work) {
        return rls.asService(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM).setParameter("u", userId).setParameter("k", key)
                        .setParameter("h", fingerprint).executeUpdate())
                .chain(claimed -> claimed == 1 ? work.get().chain(result -> complete(userId, key, status, result))
                        : replay(userId, key, fingerprint)));
    }

    /**
     * Like {@link #once} but leaves the key "in progress" (a duplicate gets 409) when the work commits: for operations
     * that finish after an outside call. The caller ends it with {@link #complete} or {@link #forget} in a later
     * transaction. Returns the replayed outcome, or one with {@code replayed == false} and the work's result.
     */
    public <T> Uni<Outcome<T>> begin(UUID userId, String key, String fingerprint, Supplier<Uni<T>> work) {
        return rls.asService(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM).setParameter("u", userId).setParameter("k", key)
                        .setParameter("h", fingerprint).executeUpdate())
                .chain(claimed -> claimed == 1 ? work.get().map(result -> new Outcome<T>(0, null, false, result))
                        : replay(userId, key, fingerprint)));
    }

    /** Stores the final response of a {@link #begin}-ed key; runs inside the caller's transaction. */
    public <T> Uni<Outcome<T>> complete(UUID userId, String key, int status, T result) {
        String body = json(result);
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(COMPLETE).setParameter("s", status).setParameter("b", body)
                        .setParameter("u", userId).setParameter("k", key).executeUpdate())
                .replaceWith(new Outcome<>(status, body, false, result));
    }

    /** Releases a {@link #begin}-ed key whose operation was undone, so a retry with it runs anew; inside the caller's transaction. */
    public Uni<Void> forget(UUID userId, String key) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(FORGET).setParameter("u", userId).setParameter("k", key).executeUpdate())
                .replaceWithVoid();
    }

    /**
     * A cheap look before calling a gateway: the stored response when this key already completed, null when it
     * is new or still in progress (then {@link #once} decides); 422 when the key came with another request.
     */
    public <T> Uni<Outcome<T>> peek(UUID userId, String key, String fingerprint) {
        return rls.asService(() -> stored(userId, key, fingerprint));
    }

    /** {@link #peek} inside the caller's (service) transaction, so it costs one statement, not a transaction. */
    public <T> Uni<Outcome<T>> stored(UUID userId, String key, String fingerprint) {
        return Panache.getSession()
                .chain(s -> s.<Object[]>createNativeQuery(READ).setParameter("u", userId).setParameter("k", key).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    Object[] row = rows.get(0);
                    requireSameRequest(row[0], fingerprint);
                    return row[1] == null ? null : new Outcome<T>(((Number) row[1]).intValue(), (String) row[2], true, null);
                });
    }

    /**
     * A request whose key is stored already (read or claimed by someone else first): the first response, replayed;
     * 422 when the key came with another request; 409 while that request is still in progress.
     */
    public static <T> Outcome<T> replayOf(Object requestHash, Object status, Object body, String fingerprint) {
        requireSameRequest(requestHash, fingerprint);
        if (status == null) {
            throw DomainException.conflict("A request with this Idempotency-Key is still being processed.");
        }
        return new Outcome<T>(((Number) status).intValue(), (String) body, true, null);
    }

    /** Whether {@code error} is a key claim that lost against another request with the same (user, key). */
    public static boolean lostClaim(Throwable error) {
        return SqlStates.is(error, SqlStates.UNIQUE_VIOLATION) && KEY_CONSTRAINT.equals(SqlStates.constraint(error));
    }

    private static void requireSameRequest(Object requestHash, String fingerprint) {
        if (!fingerprint.equals(String.valueOf(requestHash).trim())) {
            throw reused();
        }
    }

    private static DomainException reused() {
        return new DomainException(422, "idempotency-key-reused", "Idempotency key reused",
                "This Idempotency-Key was already used with a different request.");
    }

    private <T> Uni<Outcome<T>> replay(UUID userId, String key, String fingerprint) {
        return Panache.getSession()
                .chain(s -> s.<Object[]>createNativeQuery(READ).setParameter("u", userId).setParameter("k", key).getSingleResult())
                .map(row -> replayOf(row[0], row[1], row[2], fingerprint));
    }

    /** The JSON stored (and answered) for a result. */
    public String json(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise response", e);
        }
    }
}
