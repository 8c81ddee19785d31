package com.samiatarot.shared.security;

import java.util.Set;

/** Platform roles (DESIGN §5) and the role background work runs as. */
public final class Roles {

    public static final String CLIENT = "client";
    public static final String READER = "reader";
    public static final String ADMIN = "admin";
    public static final String MONITOR = "monitor";
    public static final String SUPER_ADMIN = "super_admin";
    /** Consumers, relays and schedulers: allowed explicitly by policies, never carried by a token. */
    public static final String SERVICE = "service";

    public static final Set<String> ALL = Set.of(CLIENT, READER, ADMIN, MONITOR, SUPER_ADMIN);
    public static final Set<String> ADMINS = Set.of(ADMIN, SUPER_ADMIN);

    private Roles() {
    }

    public static boolean isAdmin(String role) {
        return ADMINS.contains(role);
    }
}
