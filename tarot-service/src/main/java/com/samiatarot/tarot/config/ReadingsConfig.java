package com.samiatarot.tarot.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samia.readings")
public interface ReadingsConfig {

    /** Independent chance that each drawn card lies reversed. */
    @WithDefault("0.3")
    double reversalProbability();

    /** Added to the price quote of an emergency session, in percent of the base price. */
    @WithDefault("50")
    int emergencySurchargePercent();

    @WithDefault("5")
    int minDurationMinutes();

    @WithDefault("180")
    int maxDurationMinutes();
}
