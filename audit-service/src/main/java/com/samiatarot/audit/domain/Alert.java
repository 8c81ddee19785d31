package com.samiatarot.audit.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A detection: what a rule concluded about one account, IP or user, keyed so repeats fold into one alert. */
public record Alert(String ruleKey, String eventType, String severity, String description, UUID userId, String ip,
                    String userAgent, BigDecimal confidence, OffsetDateTime at, ObjectNode metadata) {
}
