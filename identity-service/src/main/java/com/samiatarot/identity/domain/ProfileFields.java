package com.samiatarot.identity.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which profile type owns which field; fields absent here (social links, preferences) belong to all. */
public final class ProfileFields {

    public static final Map<String, String> TYPE_OF;
    public static final Set<String> COMMON = Set.of("socialLinks", "notificationPreferences", "privacySettings");
    /** Derived or account-level fields: named explicitly when someone tries to set them here. */
    public static final Set<String> PROTECTED = Set.of("id", "userId", "profileType", "ratingAverage", "ratingCount",
            "readingHistoryCount", "online", "isOnline", "role", "email", "createdAt", "updatedAt");

    static {
        Map<String, String> types = new HashMap<>();
        for (String reader : new String[] {"specializations", "experienceYears", "readingRate", "availabilitySchedule", "certifications", "languages"}) {
            types.put(reader, "reader");
        }
        types.put("birthChartData", "client");
        types.put("preferredReaders", "client");
        types.put("adminPermissions", "admin");
        types.put("department", "admin");
        TYPE_OF = Map.copyOf(types);
    }

    private ProfileFields() {
    }

    public static Set<String> all() {
        java.util.Set<String> all = new java.util.HashSet<>(TYPE_OF.keySet());
        all.addAll(COMMON);
        return all;
    }
}
