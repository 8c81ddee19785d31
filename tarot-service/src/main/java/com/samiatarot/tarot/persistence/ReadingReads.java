package com.samiatarot.tarot.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.security.RlsClaims;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one reading by id, in a single round trip: {@code tarot.reading_as} (migration V4) sets
 * the caller's claims and selects under RLS within one statement, sent on the pool outside any transaction
 * block so the claims end with the statement. The JSON columns arrive as text and go out unparsed. The
 * returned entity is detached: for display only, never for a change (changes lock the row in a transaction).
 */
@ApplicationScoped
public class ReadingReads {

    private static final String BY_ID = "select id, client_id, reader_id, spread_id, question, session_type, status,"
            + " cast(cards_drawn as text) as cards_drawn, cast(ai_interpretation as text) as ai_interpretation,"
            + " ai_model_version, reader_notes, reader_interpretation, duration_minutes, satisfaction_rating,"
            + " client_feedback, started_at, completed_at, created_at, updated_at, payment_status, price_amount,"
            + " price_currency, accepted_at, cancelled_at, cancelled_by, cancellation_reason"
            + " from tarot.reading_as($1, $2)";

    private final Pool pool;

    public ReadingReads(Pool pool) {
        this.pool = pool;
    }

    /** The reading as the holder of these claims may see it, or null (absent, or hidden by RLS). */
    public Uni<ReadingSession> findVisible(RlsClaims claims, UUID id) {
        return pool.preparedQuery(BY_ID).execute(Tuple.of(claims.toJson(), id)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? toReading(it.next()) : null;
        });
    }

    private static ReadingSession toReading(Row row) {
        ReadingSession r = new ReadingSession();
        r.id = row.getUUID("id");
        r.clientId = row.getUUID("client_id");
        r.readerId = row.getUUID("reader_id");
        r.spreadId = row.getUUID("spread_id");
        r.question = row.getString("question");
        r.sessionType = row.getString("session_type");
        r.status = row.getString("status");
        r.cardsDrawn = row.getString("cards_drawn");
        r.aiInterpretation = row.getString("ai_interpretation");
        r.aiModelVersion = row.getString("ai_model_version");
        r.readerNotes = row.getString("reader_notes");
        r.readerInterpretation = row.getString("reader_interpretation");
        r.durationMinutes = row.getInteger("duration_minutes");
        r.satisfactionRating = row.getInteger("satisfaction_rating");
        r.clientFeedback = row.getString("client_feedback");
        r.startedAt = row.getOffsetDateTime("started_at");
        r.completedAt = row.getOffsetDateTime("completed_at");
        r.createdAt = row.getOffsetDateTime("created_at");
        r.updatedAt = row.getOffsetDateTime("updated_at");
        r.paymentStatus = row.getString("payment_status");
        r.priceAmount = row.getBigDecimal("price_amount");
        r.priceCurrency = row.getString("price_currency");
        r.acceptedAt = row.getOffsetDateTime("accepted_at");
        r.cancelledAt = row.getOffsetDateTime("cancelled_at");
        r.cancelledBy = row.getString("cancelled_by");
        r.cancellationReason = row.getString("cancellation_reason");
        return r;
    }
}
