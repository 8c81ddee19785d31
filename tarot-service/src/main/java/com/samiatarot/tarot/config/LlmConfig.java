package com.samiatarot.tarot.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The optional OpenAI-compatible chat-completions provider; the built-in interpreter is the fallback. */
@ConfigMapping(prefix = "samia.llm")
public interface LlmConfig {

    @WithDefault("false")
    boolean enabled();

    /** Base URL; the client posts to {@code <url>/v1/chat/completions}. */
    Optional<String> url();

    @WithDefault("gpt-4o-mini")
    String model();

    Optional<String> apiKey();

    @WithDefault("PT8S")
    Duration timeout();
}
