package com.samiatarot.tarot.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.security.RlsClaims;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The hot read of one reading by id, in a single round trip: {@code tarot.reading_as} (migration V4) sets
 * the caller's claims and selects under RLS within one statement, sent on the pool outside any transaction
 * block so the claims end with the statement. Postgres renders the response document itself (same fields,
 * order and spelling as {@code ReadingResponse}; V7's {@code iso_utc} for instants) and hands it over as
 * UTF-8 bytes: no column mapping, no JSON writer, no string decoding of the multi-kilobyte interpretation.
 */
@ApplicationScoped
public class ReadingReads {

    /** The participants (for the caller's access check) and the finished document. */
    public record ReadingDocument(UUID clientId, UUID readerId, Buffer json) {
    }

    // $3 = viewer id, $4 = viewer is an admin: the reader's private notes are shown only to the reader and admins.
    private static final String DOCUMENT_BY_ID = """
            select r.client_id, r.reader_id, convert_to(json_build_object(
                'id', r.id, 'clientId', r.client_id, 'readerId', r.reader_id, 'spreadId', r.spread_id,
                'question', r.question, 'sessionType', r.session_type, 'status', r.status,
                'paymentStatus', r.payment_status,
                'price', case when r.price_amount is not null and r.price_currency is not null
                              then json_build_object('amount', round(r.price_amount, 2)::text, 'currency', r.price_currency) end,
                'cards', r.cards_drawn, 'interpretation', r.ai_interpretation, 'aiModelVersion', r.ai_model_version,
                'readerInterpretation', r.reader_interpretation,
                'readerNotes', case when $4 or r.reader_id = $3 then r.reader_notes end,
                'durationMinutes', r.duration_minutes, 'rating', r.satisfaction_rating, 'feedback', r.client_feedback,
                'createdAt', tarot.iso_utc(r.created_at), 'acceptedAt', tarot.iso_utc(r.accepted_at),
                'startedAt', tarot.iso_utc(r.started_at), 'completedAt', tarot.iso_utc(r.completed_at),
                'cancelledAt', tarot.iso_utc(r.cancelled_at), 'cancelledBy', r.cancelled_by,
                'cancellationReason', r.cancellation_reason)::text, 'UTF8') as document
            from tarot.reading_as($1, $2) r""";

    private final Pool pool;

    public ReadingReads(Pool pool) {
        this.pool = pool;
    }

    /** The reading as the holder of these claims may see it, rendered for that viewer, or null (absent, or hidden by RLS). */
    public Uni<ReadingDocument> findVisible(RlsClaims claims, UUID id, UUID viewer, boolean viewerIsAdmin) {
        return pool.preparedQuery(DOCUMENT_BY_ID).execute(Tuple.of(claims.toJson(), id, viewer, viewerIsAdmin)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new ReadingDocument(row.getUUID("client_id"), row.getUUID("reader_id"),
                    row.getBuffer("document").getDelegate());
        });
    }
}
