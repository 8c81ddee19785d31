package com.samiatarot.audit.config;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the security detection rules (security_events). */
@ConfigMapping(prefix = "samia.audit.detection")
public interface DetectionConfig {

    @WithDefault("10m")
    Duration failedLoginWindow();

    /** Failed logins on one account within the window that open a medium alert. */
    @WithDefault("5")
    int failedLoginMedium();

    /** ... and that raise it to high. */
    @WithDefault("20")
    int failedLoginHigh();

    @WithDefault("10m")
    Duration stuffingWindow();

    /** Distinct accounts failing from one IP within the window: credential stuffing. */
    @WithDefault("10")
    int stuffingDistinctAccounts();

    @WithDefault("10m")
    Duration accessDeniedWindow();

    @WithDefault("5")
    int accessDeniedThreshold();

    /** A single withdrawal above this amount is flagged. */
    @WithDefault("1000.00")
    BigDecimal withdrawalLargeAmount();

    @WithDefault("1h")
    Duration withdrawalBurstWindow();

    @WithDefault("3")
    int withdrawalBurstCount();
}
