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

    /**
     * How long the per-minute counts behind the summing rules are kept (pruned daily); at least a day, and never less
     * than the longest window.
     */
    @WithDefault("P2D")
    Duration countsRetention();

    /** What is pruned: minutes older than the retention or the longest window, whichever is longer. */
    default Duration effectiveCountsRetention() {
        Duration keep = countsRetention();
        for (Duration window : new Duration[] { failedLoginWindow(), stuffingWindow(), accessDeniedWindow(), withdrawalBurstWindow() }) {
            if (window.compareTo(keep) > 0) {
                keep = window;
            }
        }
        return keep.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : keep;
    }
}
