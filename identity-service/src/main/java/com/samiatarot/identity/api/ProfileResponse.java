package com.samiatarot.identity.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.samiatarot.shared.api.Money;
import com.samiatarot.identity.domain.Profiles;
import com.samiatarot.identity.persistence.UserProfile;

/** A profile as its owner sees it: the fields of its type, plus the common ones. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileResponse(UUID userId, String profileType,
                              List<String> specializations, Integer experienceYears, Money readingRate,
                              List<Map<String, Object>> availabilitySchedule, List<String> certifications, List<String> languages,
                              Boolean online, String ratingAverage, Integer ratingCount,
                              Map<String, Object> birthChartData, List<UUID> preferredReaders, Integer readingHistoryCount,
                              List<String> adminPermissions, String department,
                              Map<String, Object> socialLinks, Map<String, Object> notificationPreferences,
                              Map<String, Object> privacySettings) {

    public static ProfileResponse of(Profiles.View view) {
        UserProfile p = view.profile();
        boolean reader = "reader".equals(p.profileType);
        boolean client = "client".equals(p.profileType);
        boolean admin = "admin".equals(p.profileType);
        return new ProfileResponse(p.userId, p.profileType,
                reader ? list(p.specializations) : null,
                reader ? p.experienceYears : null,
                reader ? Money.usd(p.readingRate) : null,
                reader ? p.slots() : null,
                reader ? list(p.certifications) : null,
                reader ? list(p.languages) : null,
                reader ? p.online : null,
                reader && p.ratingAverage != null ? p.ratingAverage.toPlainString() : null,
                reader ? p.ratingCount : null,
                client ? p.birthChartData : null,
                client ? (p.preferredReaders == null ? List.of() : Arrays.asList(p.preferredReaders)) : null,
                client ? p.readingHistoryCount : null,
                admin ? list(p.adminPermissions) : null,
                admin ? p.department : null,
                p.socialLinks == null ? Map.of() : p.socialLinks,
                p.notificationPreferences == null ? Map.of() : p.notificationPreferences,
                p.privacySettings == null ? Map.of() : p.privacySettings);
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
