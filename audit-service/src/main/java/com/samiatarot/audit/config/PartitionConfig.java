package com.samiatarot.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "samia.audit.partitions")
public interface PartitionConfig {

    /** Monthly partitions of audit_logs kept ahead of the current month. */
    @WithDefault("3")
    int monthsAhead();
}
