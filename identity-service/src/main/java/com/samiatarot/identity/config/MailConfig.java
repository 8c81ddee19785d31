package com.samiatarot.identity.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** Links and lifetimes of the one-time tokens sent by mail. */
@ConfigMapping(prefix = "samia.mail")
public interface MailConfig {

    /** The frontend that turns {@code ?token=} links into API calls. */
    String linkBaseUrl();

    Duration verificationTtl();

    Duration resetTtl();

    /** Shortest interval between two verification mails to one account. */
    Duration resendInterval();
}
