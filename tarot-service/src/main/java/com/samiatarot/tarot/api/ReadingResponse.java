package com.samiatarot.tarot.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.api.Money;
import com.samiatarot.tarot.persistence.ReadingSession;

/**
 * A reading as its participants see it. The reader's private notes are shown only to the reader. The cards
 * and the interpretation are the stored JSON, written out as they are (no parse and re-serialise per request).
 */
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
        @JsonRawValue @Schema(type = SchemaType.ARRAY, description = "drawn cards: position index and name, card key and name, reversed")
        String cards,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, nullable = true, description = "AI interpretation: summary, positions, themes, advice")
        String interpretation,
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

    public static ReadingResponse of(ReadingSession r, Caller viewer) {
        boolean readerView = viewer.id().equals(r.readerId) || viewer.isAdmin();
        return new ReadingResponse(r.id, r.clientId, r.readerId, r.spreadId, r.question, r.sessionType, r.status,
                r.paymentStatus, Money.of(r.priceAmount, r.priceCurrency), r.cardsDrawn, r.aiInterpretation, r.aiModelVersion,
                r.readerInterpretation, readerView ? r.readerNotes : null, r.durationMinutes, r.satisfactionRating,
                r.clientFeedback, r.createdAt, r.acceptedAt, r.startedAt, r.completedAt, r.cancelledAt, r.cancelledBy,
                r.cancellationReason);
    }
}
