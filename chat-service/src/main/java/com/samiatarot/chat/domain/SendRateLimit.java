package com.samiatarot.chat.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.chat.config.ChatConfig;
import com.samiatarot.chat.persistence.MessageRepository;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;

import io.smallrye.mutiny.Uni;

/**
 * Flood guard: a sender may post at most {@code max} messages within any {@code window}. Counted from the
 * messages themselves, so every replica sees the same history and nothing is kept in memory; two posts racing
 * past the last free slot may both pass (a guard against floods, not an exact quota). Deleted messages count.
 */
@ApplicationScoped
public class SendRateLimit {

    private final MessageRepository messages;
    private final int max;
    private final Duration window;
    private final Set<String> exemptRoles;

    public SendRateLimit(MessageRepository messages, ChatConfig config) {
        this.messages = messages;
        this.max = config.messages().rateLimit().max();
        this.window = config.messages().rateLimit().window();
        this.exemptRoles = Set.copyOf(config.messages().rateLimit().exemptRoles());
    }

    /** Runs inside the caller's RLS transaction; fails with 429 and Retry-After when the window is full. */
    public Uni<Void> check(Caller caller) {
        if (exemptRoles.contains(caller.role())) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = Clock.now();
        return messages.nthNewestSentSince(caller.id(), now.minus(window), max).map(oldestInFullWindow -> {
            if (oldestInFullWindow != null) {
                // A slot frees up when the oldest of the last `max` messages leaves the window.
                long millis = Duration.between(now, oldestInFullWindow.plus(window)).toMillis();
                throw DomainException.tooManyRequests("At most " + max + " messages per " + window.toSeconds()
                        + " seconds; wait before sending more.", (millis + 999) / 1000)
                        .with("limit", max).with("windowSeconds", window.toSeconds());
            }
            return null;
        }).replaceWithVoid();
    }
}
