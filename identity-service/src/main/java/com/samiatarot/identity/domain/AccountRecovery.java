package com.samiatarot.identity.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.config.MailConfig;
import com.samiatarot.identity.events.IdentityEvents;
import com.samiatarot.identity.persistence.OneTimeToken;
import com.samiatarot.identity.persistence.RefreshTokenRepository;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.identity.security.LoginThrottle;
import com.samiatarot.identity.security.OpaqueTokens;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Email verification, password reset by mail, and password change. Reset requests answer the same
 * whether or not the email has an account (no enumeration); a reset or a change revokes every refresh
 * token, so a stolen session does not outlive the password it came with.
 */
@ApplicationScoped
public class AccountRecovery {

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final OneTimeTokens oneTimeTokens;
    private final AccountMails mails;
    private final MailConfig mailConfig;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final DomainEvents events;
    private final Rls rls;
    private final Vertx vertx;

    public AccountRecovery(UserRepository users, RefreshTokenRepository refreshTokens, OneTimeTokens oneTimeTokens,
                           AccountMails mails, MailConfig mailConfig, PasswordHasher hasher, PasswordPolicy policy,
                           LoginThrottle throttle, DomainEvents events, Rls rls, Vertx vertx) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.oneTimeTokens = oneTimeTokens;
        this.mails = mails;
        this.mailConfig = mailConfig;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.events = events;
        this.rls = rls;
        this.vertx = vertx;
    }

    public Uni<User> verifyEmail(String token, EventContext context) {
        return rls.asService(() -> oneTimeTokens.consume(token, OneTimeToken.EMAIL_VERIFICATION).chain(row -> {
            if (row == null) {
                return Uni.createFrom().failure(invalidToken());
            }
            return users.findLive(row.userId).chain(user -> {
                if (user == null) {
                    return Uni.createFrom().failure(invalidToken());
                }
                if (user.emailVerified) {
                    return Uni.createFrom().item(user);
                }
                user.emailVerified = true;
                return events.publish(IdentityEvents.EMAIL_VERIFIED, user.id, new IdentityEvents.UserRef(user.id),
                        context.withActor(user.id, user.role)).replaceWith(user);
            });
        }));
    }

    private record Mailing(String to, String token) {
    }

    public Uni<Void> resendVerification(Caller caller) {
        return rls.asService(() -> users.findLive(caller.id()).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("Account"));
            }
            if (user.emailVerified) {
                return Uni.createFrom().failure(DomainException.conflict("The email address is already verified."));
            }
            return oneTimeTokens.lastIssued(user.id, OneTimeToken.EMAIL_VERIFICATION).chain(last -> {
                OptionalLong wait = waitBeforeNext(last);
                if (wait.isPresent()) {
                    return Uni.createFrom().failure(DomainException.tooManyRequests(
                            "A verification mail was sent moments ago; wait before asking again.", wait.getAsLong()));
                }
                return oneTimeTokens.issue(user.id, OneTimeToken.EMAIL_VERIFICATION, mailConfig.verificationTtl())
                        .map(token -> new Mailing(user.email, token));
            });
        })).invoke(mailing -> mails.sendVerification(mailing.to(), mailing.token())).replaceWithVoid();
    }

    /**
     * Always completes normally: the caller answers 202 whatever happened. Unknown, inactive and
     * recently-mailed accounts get no mail; the work done differs by one insert, and the mail itself
     * leaves asynchronously.
     */
    public Uni<Void> requestPasswordReset(String rawEmail, EventContext context) {
        String email = Registration.normalizeEmail(rawEmail);
        return rls.asService(() -> users.findByEmail(email).chain(user -> {
            if (user == null || !user.usable()) {
                return Uni.createFrom().<Mailing>nullItem();
            }
            return oneTimeTokens.lastIssued(user.id, OneTimeToken.PASSWORD_RESET).chain(last -> {
                if (waitBeforeNext(last).isPresent()) {
                    return Uni.createFrom().<Mailing>nullItem();
                }
                return oneTimeTokens.issue(user.id, OneTimeToken.PASSWORD_RESET, mailConfig.resetTtl())
                        .call(() -> events.publish(IdentityEvents.PASSWORD_RESET_REQUESTED, user.id,
                                new IdentityEvents.UserRef(user.id), context))
                        .map(token -> new Mailing(user.email, token));
            });
        })).invoke(mailing -> {
            if (mailing != null) {
                mails.sendPasswordReset(mailing.to(), mailing.token());
            }
        }).replaceWithVoid();
    }

    public Uni<Void> confirmPasswordReset(String token, String newPassword, EventContext context) {
        String hashOfToken = token == null ? "" : OpaqueTokens.sha256Hex(token.strip());
        // read first (policy needs the email), hash outside any transaction, then consume atomically
        return rls.asService(() -> oneTimeTokensPeek(hashOfToken))
                .chain(user -> {
                    if (user == null) {
                        return Uni.createFrom().failure(invalidToken());
                    }
                    policy.check("newPassword", newPassword, user.email);
                    return vertx.executeBlocking(Uni.createFrom().item(() -> hasher.hash(newPassword)));
                })
                .chain(hash -> rls.asService(() -> oneTimeTokens.consume(token, OneTimeToken.PASSWORD_RESET).chain(row -> {
                    if (row == null) {
                        return Uni.createFrom().failure(invalidToken());
                    }
                    return users.findLive(row.userId).chain(user -> {
                        if (user == null || !user.usable()) {
                            return Uni.createFrom().failure(invalidToken());
                        }
                        user.passwordHash = hash;
                        return refreshTokens.revokeAllOf(user.id, "password_reset")
                                .chain(() -> events.publish(IdentityEvents.PASSWORD_CHANGED, user.id,
                                        new IdentityEvents.PasswordChanged(user.id, "reset"), context.withActor(user.id, user.role)));
                    });
                }))).replaceWithVoid();
    }

    private Uni<User> oneTimeTokensPeek(String tokenHash) {
        return users.find("from User u where u.deletedAt is null and u.active = true and u.id in "
                        + "(select t.userId from OneTimeToken t where t.tokenHash = ?1 and t.purpose = ?2 and t.usedAt is null and t.expiresAt > ?3)",
                tokenHash, OneTimeToken.PASSWORD_RESET, OffsetDateTime.now()).firstResult();
    }

    public Uni<Void> changePassword(Caller caller, String currentPassword, String newPassword, EventContext context) {
        String throttleKey = "change:" + caller.id();
        return rls.asService(() -> throttle.retryAfter(throttleKey, null)
                        .chain(retry -> retry.isPresent()
                                ? Uni.createFrom().<User>failure(DomainException.tooManyRequests(
                                        "Too many wrong passwords; try again later.", retry.getAsLong()))
                                : users.findLive(caller.id())))
                .chain(user -> {
                    if (user == null) {
                        return Uni.createFrom().failure(DomainException.notFound("Account"));
                    }
                    policy.check("newPassword", newPassword, user.email);
                    return vertx.executeBlocking(Uni.createFrom().item(() -> {
                        if (!hasher.verify(currentPassword, user.passwordHash)) {
                            return null;
                        }
                        return hasher.hash(newPassword);
                    }));
                })
                .chain(hash -> {
                    if (hash == null) {
                        return rls.asService(() -> throttle.recordFailure(throttleKey, null))
                                .chain(() -> Uni.createFrom().failure(DomainException.invalidField("currentPassword", "is not correct")));
                    }
                    return rls.asService(() -> users.findLive(caller.id()).chain(user -> {
                        user.passwordHash = hash;
                        return refreshTokens.revokeAllOf(user.id, "password_changed")
                                .chain(() -> events.publish(IdentityEvents.PASSWORD_CHANGED, user.id,
                                        new IdentityEvents.PasswordChanged(user.id, "change"), context.withActor(user.id, user.role)));
                    }));
                }).replaceWithVoid();
    }

    private OptionalLong waitBeforeNext(OffsetDateTime lastIssued) {
        if (lastIssued == null) {
            return OptionalLong.empty();
        }
        Duration since = Duration.between(lastIssued, OffsetDateTime.now());
        Duration interval = mailConfig.resendInterval();
        return since.compareTo(interval) >= 0 ? OptionalLong.empty() : OptionalLong.of(interval.minus(since).toSeconds() + 1);
    }

    private static DomainException invalidToken() {
        return DomainException.invalidField("token", "is invalid, expired or already used");
    }
}
