package com.samiatarot.tarot.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samia.cards")
public interface CardsConfig {

    /** Prefixed to each card's relative image path ({@code cards/the-fool.jpg}). */
    @WithDefault("https://cdn.samia-tarot.local/")
    String imageBaseUrl();

    /** Cache-Control max-age of deck responses: the deck changes only with a migration. */
    @WithDefault("PT1H")
    Duration cacheMaxAge();
}
