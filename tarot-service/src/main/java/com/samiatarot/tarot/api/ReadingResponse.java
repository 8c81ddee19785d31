package com.samiatarot.tarot.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.tarot.domain.Money;
import com.samiatarot.tarot.persistence.ReadingSession;

/** A reading as its participants see it. The reader's private notes are shown only to the reader. */
public record ReadingResponse(
        UUID id,
        UUID clientId,
        UUID readerId,
        UUID spreadId,
        String question,
        String sessionType,
        String status,
        String paymentStatus,
        Money price,
        JsonNode cards,
        JsonNode interpretation,
        String aiModelVersion,
        String readerInterpretation,
        String readerNotes,
        Integer durationMinutes,
        Integer rating,
        String feedback,
        OffsetDateTime createdAt,
        OffsetDateTime acceptedAt,
        OffsetDateTime startedAt,
        OffsetDateTime completedAt,
        OffsetDateTime cancelledAt,
        String cancelledBy,
        String cancellationReason) {

    public static ReadingResponse of(ReadingSession r, Caller viewer, JsonNode cards, JsonNode interpretation) {
        boolean readerView = viewer.id().equals(r.readerId) || viewer.isAdmin();
        return new ReadingResponse(r.id, r.clientId, r.readerId, r.spreadId, r.question, r.sessionType, r.status,
                r.paymentStatus, Money.of(r.priceAmount, r.priceCurrency), cards, interpretation, r.aiModelVersion,
                r.readerInterpretation, readerView ? r.readerNotes : null, r.durationMinutes, r.satisfactionRating,
                r.clientFeedback, r.createdAt, r.acceptedAt, r.startedAt, r.completedAt, r.cancelledAt, r.cancelledBy,
                r.cancellationReason);
    }
}
