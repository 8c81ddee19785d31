package com.samiatarot.tarot.events;

import java.util.UUID;

import com.samiatarot.shared.api.Money;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Payloads of tarot.events (docs/EVENTS.md). Ids, states and money only: the question text, the cards and
 * the interpretation never leave the service.
 */
public final class TarotEvents {

    public static final String READING_CREATED = "reading.created";
    public static final String READING_REQUESTED = "reading.requested";
    public static final String READING_ACCEPTED = "reading.accepted";
    public static final String READING_STARTED = "reading.started";
    public static final String READING_COMPLETED = "reading.completed";
    public static final String READING_CANCELLED = "reading.cancelled";
    public static final String READING_RATED = "reading.rated";
    public static final String SPREAD_CREATED = "spread.created";
    public static final String SPREAD_UPDATED = "spread.updated";
    public static final String SPREAD_DELETED = "spread.deleted";

    private TarotEvents() {
    }

    @RegisterForReflection
    public record ReadingCreated(UUID readingId, UUID clientId, UUID spreadId, String sessionType, int cardCount) {
    }

    @RegisterForReflection
    public record ReadingRequested(UUID readingId, UUID clientId, UUID readerId, UUID spreadId, String sessionType,
                                   int durationMinutes, Money price) {
    }

    @RegisterForReflection
    public record ReadingAccepted(UUID readingId, UUID clientId, UUID readerId, Money price) {
    }

    @RegisterForReflection
    public record ReadingStarted(UUID readingId, UUID clientId, UUID readerId) {
    }

    @RegisterForReflection
    public record ReadingCompleted(UUID readingId, UUID clientId, UUID readerId, Money price, Integer durationMinutes) {
    }

    @RegisterForReflection
    public record ReadingCancelled(UUID readingId, UUID clientId, UUID readerId, String cancelledBy, String reason) {
    }

    @RegisterForReflection
    public record ReadingRated(UUID readingId, UUID clientId, UUID readerId, int rating) {
    }

    @RegisterForReflection
    public record SpreadChanged(UUID spreadId, UUID createdBy, boolean isPublic, int cardCount) {
    }
}
