package com.samiatarot.identity.domain;

import java.time.OffsetDateTime;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.samiatarot.identity.config.JwtConfig;
import com.samiatarot.identity.events.IdentityEvents;
import com.samiatarot.identity.persistence.RefreshToken;
import com.samiatarot.identity.persistence.RefreshTokenRepository;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.identity.security.LoginThrottle;
import com.samiatarot.identity.security.OpaqueTokens;
import com.samiatarot.identity.security.TokenIssuer;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;

import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Login, refresh-token rotation and logout (DESIGN §5). Password verification runs on a worker thread
 * between two short transactions, so no connection is held while Argon2 works. Every way a login can
 * fail answers the same 401, and an unknown email still costs one Argon2 verification (against a dummy
 * hash), so neither the answer nor its timing tells whether an account exists.
 */
@ApplicationScoped
public class Authentication {

    private static final Logger LOG = Logger.getLogger(Authentication.class);
    static final String INVALID_CREDENTIALS = "The email or password is incorrect.";
    static final String INVALID_REFRESH = "The refresh token is invalid, expired or revoked.";

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final LoginThrottle throttle;
    private final DomainEvents events;
    private final Rls rls;
    private final Vertx vertx;
    private final JwtConfig jwtConfig;
    /** Made at start (see prepareDummyHash), never on the event loop. */
    private volatile String dummyHash;

    public Authentication(UserRepository users, RefreshTokenRepository refreshTokens, PasswordHasher hasher,
                          TokenIssuer issuer, LoginThrottle throttle, DomainEvents events, Rls rls, Vertx vertx,
                          JwtConfig jwtConfig) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.issuer = issuer;
        this.throttle = throttle;
        this.events = events;
        this.rls = rls;
        this.vertx = vertx;
        this.jwtConfig = jwtConfig;
    }

    /** At start, on the main thread: the first unknown-email login then costs what any other does. */
    void prepareDummyHash(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        dummyHash = hasher.hash(OpaqueTokens.newToken());
    }

    private record Attempt(User user, boolean passwordMatches, String rehash) {
    }

    public Uni<Session> login(String rawEmail, String password, String ip, EventContext context) {
        String email = Registration.normalizeEmail(rawEmail);
        String accountKey = OpaqueTokens.sha256Hex(email);
        return rls.asService(() -> throttle.retryAfter(accountKey, ip)
                        .chain(wait -> users.findByEmail(email).map(user -> new Lookup(user, wait))))
                .chain(lookup -> lookup.retryAfter().isPresent()
                        ? throttled(lookup, accountKey, context)
                        : vertx.executeBlocking(Uni.createFrom().item(() -> check(lookup.user(), password)))
                                .chain(attempt -> conclude(attempt, accountKey, ip, context)));
    }

    private record Lookup(User user, OptionalLong retryAfter) {
    }

    private Uni<Session> throttled(Lookup lookup, String accountKey, EventContext context) {
        UUID userId = lookup.user() == null ? null : lookup.user().id;
        return rls.asService(() -> events.publish(IdentityEvents.LOGIN_FAILED, accountKey,
                        new IdentityEvents.LoginFailed(userId, accountKey, "throttled"), context))
                .chain(ignored -> Uni.createFrom().failure(DomainException.tooManyRequests(
                        "Too many failed sign-in attempts; try again later.", lookup.retryAfter().getAsLong())));
    }

    private Uni<Session> conclude(Attempt attempt, String accountKey, String ip, EventContext context) {
        if (!attempt.passwordMatches() || !attempt.user().usable()) {
            String reason = attempt.passwordMatches() ? "inactive" : "bad_credentials";
            UUID userId = attempt.user() == null ? null : attempt.user().id;
            return rls.asService(() -> throttle.recordFailure(accountKey, ip)
                            .chain(() -> events.publish(IdentityEvents.LOGIN_FAILED, accountKey,
                                    new IdentityEvents.LoginFailed(userId, accountKey, reason), context)))
                    .chain(ignored -> Uni.createFrom().failure(DomainException.unauthorized(INVALID_CREDENTIALS)));
        }
        User user = attempt.user();
        return rls.asService(() -> throttle.recordSuccess(accountKey)
                .chain(() -> recordLogin(user, attempt.rehash()))
                .chain(() -> startFamily(user, ip, context))
                .call(() -> events.publish(IdentityEvents.LOGGED_IN, user.id, new IdentityEvents.UserRef(user.id),
                        context.withActor(user.id, user.role))));
    }

    /** Runs on a worker: Argon2 verification (and the rehash when the stored cost is outdated). */
    private Attempt check(User user, String password) {
        if (user == null) {
            if (dummyHash == null) {
                // same parameters as real hashes, so verifying it costs what verifying a real one costs
                dummyHash = hasher.hash(OpaqueTokens.newToken());
            }
            hasher.verify(password, dummyHash);
            return new Attempt(null, false, null);
        }
        boolean matches = hasher.verify(password, user.passwordHash);
        String rehash = matches && hasher.needsRehash(user.passwordHash) ? hasher.hash(password) : null;
        return new Attempt(user, matches, rehash);
    }

    private Uni<Integer> recordLogin(User user, String rehash) {
        String set = "lastLogin = :now, loginCount = loginCount + 1" + (rehash == null ? "" : ", passwordHash = :hash");
        Parameters params = Parameters.with("now", OffsetDateTime.now()).and("id", user.id);
        if (rehash != null) {
            params.and("hash", rehash);
        }
        return users.update(set + " where id = :id", params);
    }

    private Uni<Session> startFamily(User user, String ip, EventContext context) {
        return persistRefreshToken(user.id, UUID.randomUUID(), ip, context)
                .map(refresh -> new Session(issuer.accessToken(user.id, user.email, user.role), refresh, issuer.ttlSeconds()));
    }

    private Uni<String> persistRefreshToken(UUID userId, UUID familyId, String ip, EventContext context) {
        String token = OpaqueTokens.newToken();
        RefreshToken row = new RefreshToken();
        row.id = UUID.randomUUID();
        row.userId = userId;
        row.familyId = familyId;
        row.tokenHash = OpaqueTokens.sha256Hex(token);
        row.expiresAt = OffsetDateTime.now().plus(jwtConfig.refreshTokenTtl());
        row.ip = ip;
        row.userAgent = context.userAgent();
        return refreshTokens.persist(row).replaceWith(token);
    }

    private sealed interface RefreshOutcome permits Rotated, Refused {
    }

    private record Rotated(Session session) implements RefreshOutcome {
    }

    private record Refused() implements RefreshOutcome {
    }

    /**
     * Exchanges a refresh token for a new pair. A token that was already rotated is evidence that it was
     * copied: the whole family is revoked (the thief's and the owner's sessions alike) and
     * {@code token.reuse_detected} is emitted; that revocation commits before the 401 is answered.
     */
    public Uni<Session> refresh(String presented, String ip, EventContext context) {
        String hash = OpaqueTokens.sha256Hex(presented);
        return rls.asService(() -> refreshTokens.findByHashForUpdate(hash).chain(row -> {
            if (row == null || row.revokedAt != null) {
                return Uni.createFrom().<RefreshOutcome>item(new Refused());
            }
            if (row.rotatedAt != null) {
                LOG.warnf("refresh token reuse detected, family %s revoked", row.familyId);
                return refreshTokens.revokeFamily(row.familyId, "reuse_detected")
                        .chain(() -> users.findById(row.userId))
                        .chain(user -> events.publish(IdentityEvents.TOKEN_REUSE_DETECTED, row.userId,
                                new IdentityEvents.TokenReuseDetected(row.userId, row.familyId),
                                context.withActor(row.userId, user == null ? null : user.role)))
                        .replaceWith(new Refused());
            }
            if (row.expiresAt.isBefore(OffsetDateTime.now())) {
                return Uni.createFrom().<RefreshOutcome>item(new Refused());
            }
            return users.findById(row.userId).chain(user -> {
                if (user == null || !user.usable()) {
                    return refreshTokens.revokeFamily(row.familyId, "account_disabled").replaceWith(new Refused());
                }
                row.rotatedAt = OffsetDateTime.now();
                return persistRefreshToken(user.id, row.familyId, ip, context)
                        .map(refresh -> (RefreshOutcome) new Rotated(
                                new Session(issuer.accessToken(user.id, user.email, user.role), refresh, issuer.ttlSeconds())));
            });
        })).chain(outcome -> outcome instanceof Rotated rotated
                ? Uni.createFrom().item(rotated.session())
                : Uni.createFrom().failure(DomainException.unauthorized(INVALID_REFRESH)));
    }

    /** Ends the session the refresh token belongs to (its whole family); a stranger's token is left alone. */
    public Uni<Void> logout(Caller caller, String presented) {
        String hash = OpaqueTokens.sha256Hex(presented);
        return rls.asService(() -> refreshTokens.findByHash(hash).chain(row -> row == null || !row.userId.equals(caller.id())
                ? Uni.createFrom().voidItem()
                : refreshTokens.revokeFamily(row.familyId, "logout").replaceWithVoid()));
    }

    public Uni<Void> logoutEverywhere(Caller caller) {
        return rls.asService(() -> refreshTokens.revokeAllOf(caller.id(), "logout_all")).replaceWithVoid();
    }
}
