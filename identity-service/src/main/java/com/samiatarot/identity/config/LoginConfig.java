package com.samiatarot.identity.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Brute-force protection of {@code POST /auth/login}. */
@ConfigMapping(prefix = "samia.login")
public interface LoginConfig {

    int maxFailuresPerAccount();

    int maxFailuresPerIp();

    Duration window();
}
