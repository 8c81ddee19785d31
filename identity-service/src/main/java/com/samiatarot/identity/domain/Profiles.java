package com.samiatarot.identity.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.identity.events.IdentityEvents;
import com.samiatarot.identity.persistence.User;
import com.samiatarot.identity.persistence.UserProfile;
import com.samiatarot.identity.persistence.UserProfileRepository;
import com.samiatarot.identity.persistence.UserRepository;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * A user's extended profile. Its type follows the account's role (client, reader, admin); fields of one
 * type are editable only on a profile of that type. Readers also toggle their live status here.
 */
@ApplicationScoped
public class Profiles {

    public record View(User user, UserProfile profile) {
    }

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final DomainEvents events;
    private final Rls rls;

    public Profiles(UserRepository users, UserProfileRepository profiles, DomainEvents events, Rls rls) {
        this.users = users;
        this.profiles = profiles;
        this.events = events;
        this.rls = rls;
    }

    public Uni<View> mine(Caller caller) {
        return rls.asCaller(caller, () -> load(caller));
    }

    private Uni<View> load(Caller caller) {
        return users.findLive(caller.id()).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(DomainException.notFound("Account"));
            }
            return profiles.findByUser(user.id).chain(profile -> profile != null
                    ? Uni.createFrom().item(new View(user, profile))
                    // accounts made before profiles existed get theirs on first read
                    : profiles.persistAndFlush(Registration.newProfile(user)).map(created -> new View(user, created)));
        });
    }

    /** {@code changes}: validated values keyed by API field name, each already checked against the profile type. */
    @SuppressWarnings("unchecked")
    public Uni<View> update(Caller caller, Map<String, Object> changes, EventContext context) {
        return rls.asCaller(caller, () -> load(caller).chain(view -> {
            UserProfile profile = view.profile();
            String type = UserProfile.typeFor(view.user().role);
            for (Map.Entry<String, Object> change : changes.entrySet()) {
                String field = change.getKey();
                Object value = change.getValue();
                String requiredType = ProfileFields.TYPE_OF.get(field);
                if (requiredType != null && !requiredType.equals(type)) {
                    throw DomainException.invalidField(field, "only a " + requiredType + " profile has this field");
                }
                switch (field) {
                    case "specializations" -> profile.specializations = array((List<String>) value);
                    case "experienceYears" -> profile.experienceYears = (Integer) value;
                    case "readingRate" -> profile.readingRate = (BigDecimal) value;
                    case "availabilitySchedule" -> profile.availabilitySchedule = value == null ? null : Map.of("slots", value);
                    case "certifications" -> profile.certifications = array((List<String>) value);
                    case "languages" -> profile.languages = value == null ? new String[] {"en"} : array((List<String>) value);
                    case "birthChartData" -> profile.birthChartData = (Map<String, Object>) value;
                    case "preferredReaders" -> profile.preferredReaders = value == null ? null : ((List<UUID>) value).toArray(UUID[]::new);
                    case "adminPermissions" -> profile.adminPermissions = array((List<String>) value);
                    case "department" -> profile.department = (String) value;
                    case "socialLinks" -> profile.socialLinks = value == null ? Map.of() : (Map<String, Object>) value;
                    case "notificationPreferences" -> profile.notificationPreferences = value == null ? Map.of() : (Map<String, Object>) value;
                    case "privacySettings" -> profile.privacySettings = value == null ? Map.of() : (Map<String, Object>) value;
                    default -> throw DomainException.invalidField(field, "is not accepted here");
                }
            }
            return profiles.flush()
                    .chain(() -> events.publish(IdentityEvents.PROFILE_UPDATED, view.user().id,
                            Accounts.profileUpdated(view.user(), profile), context.withActor(caller.id(), caller.role())))
                    .replaceWith(view);
        }));
    }

    /** A reader's live toggle for the directory; emits reader.status_changed only on a real change. */
    public Uni<View> setOnline(Caller caller, boolean online, EventContext context) {
        if (!caller.is(Roles.READER)) {
            return Uni.createFrom().failure(DomainException.forbidden("Only readers have a live status."));
        }
        return rls.asCaller(caller, () -> load(caller).chain(view -> {
            if (!Roles.READER.equals(view.user().role)) {
                return Uni.createFrom().failure(DomainException.forbidden("Only readers have a live status."));
            }
            if (view.profile().online == online) {
                return Uni.createFrom().item(view);
            }
            view.profile().online = online;
            return profiles.flush()
                    .chain(() -> events.publish(IdentityEvents.READER_STATUS_CHANGED, caller.id(),
                            new IdentityEvents.ReaderStatusChanged(caller.id(), online), context.withActor(caller.id(), caller.role())))
                    .replaceWith(view);
        }));
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }
}
