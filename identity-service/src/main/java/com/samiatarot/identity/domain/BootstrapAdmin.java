package com.samiatarot.identity.domain;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.samiatarot.identity.events.UserRegistered;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfileRepository;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Creates the first super_admin from SAMIA_BOOTSTRAP_ADMIN_EMAIL / SAMIA_BOOTSTRAP_ADMIN_PASSWORD when no
 * active super_admin exists: nobody can pick a role at sign-up, so without it nobody could ever grant
 * one. Does nothing when either variable is empty or a super_admin already exists.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    void onStart(@Observes StartupEvent start, UserRepository users, UserProfileRepository profiles, PasswordHasher hasher,
                 PasswordPolicy policy, DomainEvents events, Rls rls,
                 @ConfigProperty(name = "samia.bootstrap.admin-email", defaultValue = "") String rawEmail,
                 @ConfigProperty(name = "samia.bootstrap.admin-password", defaultValue = "") String password) throws Throwable {
        String email = Registration.normalizeEmail(rawEmail);
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (!Registration.EMAIL_FORMAT.matcher(email).matches()) {
            throw new IllegalStateException("SAMIA_BOOTSTRAP_ADMIN_EMAIL is not a valid email address");
        }
        policy.check("SAMIA_BOOTSTRAP_ADMIN_PASSWORD", password, email);
        // startup thread, not an event loop: hashing here blocks nothing that serves requests
        String hash = hasher.hash(password);
        Boolean created = VertxContextSupport.subscribeAndAwait(() -> rls.asService(() -> users.countActiveSuperAdmins().chain(count -> {
            if (count > 0) {
                return Uni.createFrom().item(false);
            }
            return users.findByEmail(email).chain(existing -> {
                User admin = existing == null ? new User() : existing;
                admin.email = email;
                admin.passwordHash = hash;
                admin.fullName = existing == null ? "Platform Administrator" : existing.fullName;
                admin.role = Roles.SUPER_ADMIN;
                admin.active = true;
                admin.emailVerified = true;
                admin.deletedAt = null;
                return users.persistAndFlush(admin)
                        .call(saved -> existing == null ? profiles.persist(Registration.newProfile(saved))
                                : profiles.update("profileType = 'admin' where userId = ?1", saved.id))
                        .call(saved -> events.publish(UserRegistered.TYPE, saved.id,
                                new UserRegistered(saved.id, saved.fullName, saved.role, true), EventContext.system("bootstrap")))
                        .replaceWith(true);
            });
        })));
        if (Boolean.TRUE.equals(created)) {
            LOG.info("bootstrap super_admin created from SAMIA_BOOTSTRAP_ADMIN_EMAIL");
        }
    }

}
