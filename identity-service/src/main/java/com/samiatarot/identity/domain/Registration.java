package com.samiatarot.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.config.MailConfig;
import com.samiatarot.identity.events.UserRegistered;
import com.samiatarot.identity.persistence.OneTimeToken;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfile;
import com.samiatarot.identity.persistence.UserProfileRepository;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Sign-up: everyone starts as a client; the user row, its profile, its email verification token and
 * {@code user.registered} commit together. The password is hashed on a worker thread before the
 * transaction opens; the verification mail leaves after it commits.
 */
@ApplicationScoped
public class Registration {

    /** The seed's check_email_format rule, applied before the database has to refuse it. */
    static final Pattern EMAIL_FORMAT = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final OneTimeTokens oneTimeTokens;
    private final AccountMails mails;
    private final MailConfig mailConfig;
    private final DomainEvents events;
    private final Rls rls;
    private final Vertx vertx;

    public Registration(UserRepository users, UserProfileRepository profiles, PasswordHasher hasher, PasswordPolicy policy,
                        OneTimeTokens oneTimeTokens, AccountMails mails, MailConfig mailConfig, DomainEvents events,
                        Rls rls, Vertx vertx) {
        this.users = users;
        this.profiles = profiles;
        this.hasher = hasher;
        this.policy = policy;
        this.oneTimeTokens = oneTimeTokens;
        this.mails = mails;
        this.mailConfig = mailConfig;
        this.events = events;
        this.rls = rls;
        this.vertx = vertx;
    }

    private record Registered(User user, String verificationToken) {
    }

    public Uni<User> register(String rawEmail, String password, String fullName, EventContext context) {
        String email = normalizeEmail(rawEmail);
        if (!EMAIL_FORMAT.matcher(email).matches()) {
            return Uni.createFrom().failure(DomainException.invalidField("email", "must be a valid email address"));
        }
        try {
            policy.check("password", password, email);
        } catch (DomainException e) {
            return Uni.createFrom().failure(e);
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> hasher.hash(password)))
                .chain(hash -> rls.asService(() -> users.emailTaken(email).chain(taken -> {
                    if (taken) {
                        return Uni.createFrom().failure(DomainException.conflict("An account with this email already exists."));
                    }
                    User user = new User();
                    user.email = email;
                    user.passwordHash = hash;
                    user.fullName = fullName.strip();
                    user.role = Roles.CLIENT;
                    user.active = true;
                    return users.persistAndFlush(user)
                            .call(saved -> profiles.persist(newProfile(saved)))
                            .call(saved -> events.publish(UserRegistered.TYPE, saved.id,
                                    new UserRegistered(saved.id, saved.fullName, saved.role, false),
                                    context.withActor(saved.id, Roles.CLIENT)))
                            .chain(saved -> oneTimeTokens.issue(saved.id, OneTimeToken.EMAIL_VERIFICATION, mailConfig.verificationTtl())
                                    .map(token -> new Registered(saved, token)));
                })))
                .invoke(registered -> mails.sendVerification(registered.user().email, registered.verificationToken()))
                .map(Registered::user);
    }

    static UserProfile newProfile(User user) {
        UserProfile profile = new UserProfile();
        profile.userId = user.id;
        profile.profileType = UserProfile.typeFor(user.role);
        return profile;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
