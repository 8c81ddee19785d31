package com.samiatarot.identity.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.events.IdentityEvents;
import com.samiatarot.identity.persistence.RefreshTokenRepository;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfile;
import com.samiatarot.identity.persistence.UserProfileRepository;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.api.Money;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.RlsClaims;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * Accounts as their owners and administrators see them: self-service reads and edits, soft delete,
 * the admin listing, role changes and (de)activation. Work runs with the caller's claims so RLS and
 * the column guard trigger check it again; token revocation and profile bookkeeping switch to the
 * service claim inside the same transaction (those tables are the service's alone).
 */
@ApplicationScoped
public class Accounts {

    /** Fields whose change matters to tarot's reader directory projection (profile.updated). */
    private static final Set<String> DIRECTORY_FIELDS = Set.of("fullName", "profileImageUrl", "bio");

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final RefreshTokenRepository refreshTokens;
    private final DomainEvents events;
    private final Rls rls;

    public Accounts(UserRepository users, UserProfileRepository profiles, RefreshTokenRepository refreshTokens,
                    DomainEvents events, Rls rls) {
        this.users = users;
        this.profiles = profiles;
        this.refreshTokens = refreshTokens;
        this.events = events;
        this.rls = rls;
    }

    public Uni<User> me(Caller caller) {
        return rls.asCaller(caller, () -> users.findLive(caller.id()))
                .onItem().ifNull().failWith(() -> DomainException.notFound("Account"));
    }

    /** Another user's account answers 404 unless the caller is an administrator. */
    public Uni<User> get(Caller caller, UUID id) {
        if (!caller.isSelfOrAdmin(id)) {
            return Uni.createFrom().failure(DomainException.notFound("User"));
        }
        return rls.asCaller(caller, () -> users.findLive(id))
                .onItem().ifNull().failWith(() -> DomainException.notFound("User"));
    }

    /** {@code changes}: already validated values keyed by API field name (see UserResource). */
    @SuppressWarnings("unchecked")
    public Uni<User> updateMe(Caller caller, Map<String, Object> changes, EventContext context) {
        return rls.asCaller(caller, () -> users.findLive(caller.id()).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("Account"));
            }
            changes.forEach((field, value) -> {
                switch (field) {
                    case "fullName" -> user.fullName = (String) value;
                    case "phoneNumber" -> user.phoneNumber = (String) value;
                    case "dateOfBirth" -> user.dateOfBirth = (LocalDate) value;
                    case "timezone" -> user.timezone = (String) value;
                    case "profileImageUrl" -> user.profileImageUrl = (String) value;
                    case "bio" -> user.bio = (String) value;
                    case "preferences" -> user.preferences = value == null ? Map.of() : (Map<String, Object>) value;
                    case "metadata" -> user.metadata = value == null ? Map.of() : (Map<String, Object>) value;
                    default -> throw DomainException.invalidField(field, "is not accepted here");
                }
            });
            boolean directoryRelevant = Roles.READER.equals(user.role) && changes.keySet().stream().anyMatch(DIRECTORY_FIELDS::contains);
            Uni<User> flushed = users.flush().replaceWith(user);
            if (!directoryRelevant) {
                return flushed;
            }
            return flushed.call(saved -> profiles.findByUser(saved.id).chain(profile -> events.publish(
                    IdentityEvents.PROFILE_UPDATED, saved.id, profileUpdated(saved, profile), context.withActor(caller.id(), caller.role()))));
        }));
    }

    /** Soft delete: the row stays for audit, the account can no longer sign in, every session ends. */
    public Uni<Void> deleteMe(Caller caller, EventContext context) {
        return rls.asService(() -> users.findLive(caller.id()).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("Account"));
            }
            user.deletedAt = OffsetDateTime.now();
            user.active = false;
            return refreshTokens.revokeAllOf(user.id, "account_deleted")
                    .chain(() -> profiles.update("online = false where userId = ?1", user.id))
                    .chain(() -> events.publish(IdentityEvents.DELETED, user.id, new IdentityEvents.UserRef(user.id),
                            context.withActor(caller.id(), caller.role())));
        })).replaceWithVoid();
    }

    public record Page(List<User> items, String nextCursor) {
    }

    public Uni<Page> list(Caller caller, String role, Boolean active, String text, String cursor, int limit) {
        if (role != null && !Roles.ALL.contains(role)) {
            return Uni.createFrom().failure(DomainException.invalidField("role", "must be one of " + Roles.ALL));
        }
        Cursor after = Cursor.decode(cursor);
        OffsetDateTime afterCreatedAt = after == null ? null : after.at();
        String needle = text == null || text.isBlank() ? null
                : text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return rls.asCaller(caller, () -> users.search(role, active, needle,
                        afterCreatedAt, after == null ? null : after.id(), limit + 1))
                .map(found -> {
                    boolean more = found.size() > limit;
                    List<User> items = more ? found.subList(0, limit) : found;
                    User last = items.isEmpty() ? null : items.get(items.size() - 1);
                    return new Page(items, more && last != null ? Cursor.after(last.createdAt, last.id).encode() : null);
                });
    }

    /**
     * Admins grant client, reader and monitor; only a super_admin grants or takes away admin and
     * super_admin; the last active super_admin keeps the role (the platform would be unmanageable).
     */
    public Uni<User> changeRole(Caller caller, UUID id, String newRole, EventContext context) {
        if (newRole == null || !Roles.ALL.contains(newRole)) {
            return Uni.createFrom().failure(DomainException.invalidField("role", "must be one of " + Roles.ALL));
        }
        if (Roles.isAdmin(newRole) && !caller.isSuperAdmin()) {
            return Uni.createFrom().failure(DomainException.forbidden("Only a super_admin grants the " + newRole + " role."));
        }
        return rls.asCaller(caller, () -> users.findLive(id).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("User"));
            }
            if (Roles.isAdmin(user.role) && !caller.isSuperAdmin()) {
                return Uni.createFrom().failure(DomainException.forbidden("Only a super_admin changes an administrator's role."));
            }
            if (newRole.equals(user.role)) {
                return Uni.createFrom().item(user);
            }
            String oldRole = user.role;
            Uni<Void> guard = Roles.SUPER_ADMIN.equals(oldRole) ? ensureAnotherSuperAdmin(user.id) : Uni.createFrom().voidItem();
            return guard.chain(() -> {
                user.role = newRole;
                return users.flush();
            })
                    .chain(() -> rls.setClaims(RlsClaims.service()))
                    .chain(() -> profiles.update("profileType = ?1 where userId = ?2", UserProfile.typeFor(newRole), user.id))
                    .chain(() -> events.publish(IdentityEvents.ROLE_CHANGED, user.id, IdentityEvents.RoleChanged.of(user.id, oldRole, newRole),
                            context.withActor(caller.id(), caller.role())))
                    .replaceWith(user);
        }));
    }

    private Uni<Void> ensureAnotherSuperAdmin(UUID leaving) {
        return users.lockActiveSuperAdmins().chain(admins -> admins.stream().anyMatch(a -> !a.id.equals(leaving))
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(DomainException.conflict("The last active super_admin cannot lose the role or be deactivated.")));
    }

    public Uni<User> deactivate(Caller caller, UUID id, String reason, EventContext context) {
        if (caller.id().equals(id)) {
            return Uni.createFrom().failure(DomainException.conflict("You cannot deactivate your own account; use DELETE /users/me."));
        }
        return setActive(caller, id, false, reason, context);
    }

    public Uni<User> reactivate(Caller caller, UUID id, EventContext context) {
        return setActive(caller, id, true, null, context);
    }

    private Uni<User> setActive(Caller caller, UUID id, boolean active, String reason, EventContext context) {
        return rls.asCaller(caller, () -> users.findLive(id).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("User"));
            }
            if (Roles.isAdmin(user.role) && !caller.isSuperAdmin()) {
                return Uni.createFrom().failure(DomainException.forbidden("Only a super_admin (de)activates an administrator."));
            }
            if (user.active == active) {
                return Uni.createFrom().item(user);
            }
            Uni<Void> guard = !active && Roles.SUPER_ADMIN.equals(user.role) ? ensureAnotherSuperAdmin(user.id) : Uni.createFrom().voidItem();
            EventContext actor = context.withActor(caller.id(), caller.role());
            return guard.chain(() -> {
                user.active = active;
                return users.flush();
            })
                    .chain(() -> rls.setClaims(RlsClaims.service()))
                    .chain(() -> active
                            ? events.publish(IdentityEvents.REACTIVATED, user.id, new IdentityEvents.UserRef(user.id), actor)
                            : refreshTokens.revokeAllOf(user.id, "deactivated")
                                    .chain(() -> profiles.update("online = false where userId = ?1", user.id))
                                    .chain(() -> events.publish(IdentityEvents.DEACTIVATED, user.id,
                                            new IdentityEvents.Deactivated(user.id, reason == null ? "unspecified" : reason), actor)))
                    .replaceWith(user);
        }));
    }

    static IdentityEvents.ProfileUpdated profileUpdated(User user, UserProfile profile) {
        return new IdentityEvents.ProfileUpdated(user.id, profile == null ? UserProfile.typeFor(user.role) : profile.profileType,
                user.fullName, user.profileImageUrl, user.bio,
                profile == null || profile.specializations == null ? List.of() : Arrays.asList(profile.specializations),
                profile == null || profile.languages == null ? List.of() : Arrays.asList(profile.languages),
                profile == null ? null : Money.usd(profile.readingRate),
                profile == null ? null : profile.experienceYears,
                profile == null ? List.of() : profile.slots());
    }
}
