package com.samiatarot.tarot.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.UuidGenerator;

/** A row of tarot.reading_sessions. Never serialised as JSON: the API maps it to ReadingResponse. */
@Entity
@Table(name = "reading_sessions")
public class ReadingSession {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "reader_id", updatable = false)
    public UUID readerId;

    @Column(name = "spread_id", nullable = false, updatable = false)
    public UUID spreadId;

    public String question;

    @Column(name = "session_type")
    public String sessionType;

    public String status;

    @Column(name = "cards_drawn", nullable = false)
    @ColumnTransformer(read = "cast(cards_drawn as text)", write = "cast(cast(? as text) as jsonb)")
    public String cardsDrawn;

    @Column(name = "ai_interpretation")
    @ColumnTransformer(read = "cast(ai_interpretation as text)", write = "cast(cast(? as text) as jsonb)")
    public String aiInterpretation;

    @Column(name = "ai_model_version")
    public String aiModelVersion;

    @Column(name = "reader_notes")
    public String readerNotes;

    @Column(name = "reader_interpretation")
    public String readerInterpretation;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "satisfaction_rating")
    public Integer satisfactionRating;

    @Column(name = "client_feedback")
    public String clientFeedback;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "payment_status", nullable = false)
    public String paymentStatus;

    @Column(name = "price_amount")
    public BigDecimal priceAmount;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancellation_reason")
    public String cancellationReason;
}
