package com.samiatarot.tarot.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.api.Money;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.problem.SqlStates;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.tarot.config.ReadingsConfig;
import com.samiatarot.tarot.events.TarotEvents;
import com.samiatarot.tarot.persistence.IdempotencyKeyRepository;
import com.samiatarot.tarot.persistence.ReaderRepository;
import com.samiatarot.tarot.persistence.ReadingReads;
import com.samiatarot.tarot.persistence.ReadingRepository;
import com.samiatarot.tarot.persistence.ReadingSession;
import com.samiatarot.tarot.persistence.SpreadRepository;
import com.samiatarot.tarot.persistence.TarotSpread;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * Readings: AI readings drawn and interpreted at once, and human readings through their lifecycle
 * (request → accept → start → complete, cancel before completion) with the wallet saga's payment state.
 * Every step checks the caller's relation to the reading (another user's reading is 404) and its role
 * (client or reader side) before the state machine; RLS is the second wall.
 */
@ApplicationScoped
public class Readings {

    public static final Set<String> SESSION_TYPES = Set.of("standard", "emergency", "practice");
    public static final String PAYMENT_FAILED = "payment_failed";

    private final ReadingRepository readings;
    private final ReadingReads reads;
    private final IdempotencyKeyRepository keys;
    private final SpreadRepository spreads;
    private final ReaderRepository readers;
    private final Spreads spreadService;
    private final Deck deck;
    private final ReadingInterpreter interpreter;
    private final DomainEvents events;
    private final Rls rls;
    private final ObjectMapper mapper;
    private final ReadingsConfig config;
    private final CardShuffler shuffler = new CardShuffler();
    private final MeterRegistry meters;

    public Readings(ReadingRepository readings, ReadingReads reads, IdempotencyKeyRepository keys, SpreadRepository spreads,
                    ReaderRepository readers, Spreads spreadService, Deck deck, ReadingInterpreter interpreter, DomainEvents events, Rls rls, ObjectMapper mapper,
                    ReadingsConfig config, MeterRegistry meters) {
        this.meters = meters;
        this.readings = readings;
        this.reads = reads;
        this.keys = keys;
        this.spreads = spreads;
        this.readers = readers;
        this.spreadService = spreadService;
        this.deck = deck;
        this.interpreter = interpreter;
        this.events = events;
        this.rls = rls;
        this.mapper = mapper;
        this.config = config;
    }

    // ---------------------------------------------------------------- idempotent creation

    /** A client's Idempotency-Key and the fingerprint of the request body it came with. */
    public record IdempotencyKey(String key, String fingerprint) {
    }

    /** A created reading, or the one an earlier request with the same key created (replayed). */
    public record Created(ReadingSession reading, boolean replayed) {
    }

    private static final String KEY_CONSTRAINT = "reading_idempotency_keys_pkey";

    /**
     * Runs {@code create} once per key: a key seen before answers with the reading it created (same body) or
     * 422 (another body). Two concurrent requests with one key race on the key's primary key in the creating
     * transaction; the loser's transaction, reading included, rolls back and it answers with the winner's.
     */
    public Uni<Created> createOnce(Caller caller, IdempotencyKey key, Supplier<Uni<ReadingSession>> create) {
        if (key == null) {
            return create.get().map(reading -> new Created(reading, false));
        }
        return earlier(caller, key).chain(found -> found != null ? Uni.createFrom().item(new Created(found, true))
                : create.get().map(reading -> new Created(reading, false))
                        .onFailure(e -> SqlStates.is(e, SqlStates.UNIQUE_VIOLATION) && KEY_CONSTRAINT.equals(SqlStates.constraint(e)))
                        .recoverWithUni(() -> earlier(caller, key).map(reading -> new Created(reading, true))));
    }

    private Uni<ReadingSession> earlier(Caller caller, IdempotencyKey key) {
        return rls.asCaller(caller, () -> keys.find(caller.id(), key.key()).chain(used -> {
            if (used == null) {
                return Uni.createFrom().nullItem();
            }
            if (!used.fingerprint().equals(key.fingerprint())) {
                throw DomainException.unprocessable("This Idempotency-Key was already used with a different request body.");
            }
            return readings.findById(used.readingId());
        }));
    }

    private Uni<Integer> remember(Caller caller, IdempotencyKey key, ReadingSession saved) {
        return key == null ? Uni.createFrom().item(0) : keys.record(caller.id(), key.key(), key.fingerprint(), saved.id);
    }

    // ---------------------------------------------------------------- AI readings

    /**
     * Draws and interprets at once. The (possibly slow) interpretation runs between two short
     * transactions, never while one is open.
     */
    public Uni<ReadingSession> createAiReading(Caller caller, UUID spreadId, String question, String sessionType,
                                               IdempotencyKey key, EventContext context) {
        String type = sessionType(sessionType);
        return deck.snapshot().chain(snapshot -> rls.asCaller(caller, () -> visibleSpread(caller, spreadId))
                .chain(spread -> {
                    List<PositionedCard> cards = draw(snapshot, spreadService.layoutOf(spread));
                    ReadingRequestContext request = new ReadingRequestContext(question, type, spread.name, cards);
                    return interpreter.interpret(request).chain(result -> {
                        OffsetDateTime now = now();
                        ReadingSession reading = new ReadingSession();
                        reading.clientId = caller.id();
                        reading.spreadId = spread.id;
                        reading.question = blankToNull(question);
                        reading.sessionType = type;
                        reading.status = ReadingStatus.COMPLETED.db();
                        reading.paymentStatus = PaymentStatus.NONE;
                        reading.cardsDrawn = json(drawnCards(cards));
                        reading.aiInterpretation = json(result.interpretation());
                        reading.aiModelVersion = result.modelVersion();
                        reading.createdAt = now;
                        reading.startedAt = now;
                        reading.completedAt = now;
                        return rls.asCaller(caller, () -> readings.persistAndFlush(reading)
                                .call(saved -> remember(caller, key, saved))
                                .call(saved -> spreads.incrementUsage(saved.spreadId))
                                .call(saved -> events.publish(TarotEvents.READING_CREATED, saved.id,
                                        new TarotEvents.ReadingCreated(saved.id, saved.clientId, saved.spreadId,
                                                saved.sessionType, cards.size()),
                                        context.withActor(caller.id(), caller.role())))
                                .invoke(() -> count(TarotEvents.READING_CREATED)));
                    });
                }));
    }

    // ---------------------------------------------------------------- human readings

    public Uni<ReadingSession> requestHumanReading(Caller caller, UUID spreadId, UUID readerId, String question,
                                                   String sessionType, Integer durationMinutes, IdempotencyKey key,
                                                   EventContext context) {
        String type = sessionType(sessionType);
        if (readerId.equals(caller.id())) {
            return Uni.createFrom().failure(DomainException.invalidField("readerId", "cannot be yourself"));
        }
        if (durationMinutes == null || durationMinutes < config.minDurationMinutes()
                || durationMinutes > config.maxDurationMinutes()) {
            return Uni.createFrom().failure(DomainException.invalidField("durationMinutes",
                    "must be between " + config.minDurationMinutes() + " and " + config.maxDurationMinutes()));
        }
        if (question == null || question.isBlank()) {
            return Uni.createFrom().failure(DomainException.invalidField("question", "is required for a reading with a reader"));
        }
        return rls.asCaller(caller, () -> visibleSpread(caller, spreadId).chain(spread -> {
            if (!spread.publicSpread) {
                throw DomainException.unprocessable("A reading with a reader needs a public spread, so the reader can see its layout.");
            }
            return readers.findById(readerId).chain(reader -> {
                if (reader == null || !reader.reader || !reader.active) {
                    throw DomainException.notFound("Reader " + readerId);
                }
                // Online now, or scheduled: a standard or practice request to an offline reader waits for them
                // to accept, which only makes sense if they publish weekly availability (see V5).
                if ("emergency".equals(type) && !reader.online) {
                    throw DomainException.conflict("An emergency reading needs a reader who is online now.")
                            .with("online", false);
                }
                if (!reader.online && !reader.hasSchedule()) {
                    throw DomainException.conflict("This reader is offline and publishes no availability; book them while they are online.")
                            .with("online", false);
                }
                if (reader.ratePerMinute == null || reader.currency == null) {
                    throw DomainException.conflict("This reader has not published a rate yet.");
                }
                Money price = quote(reader.ratePerMinute, reader.currency, durationMinutes, type);
                ReadingSession reading = new ReadingSession();
                reading.clientId = caller.id();
                reading.readerId = readerId;
                reading.spreadId = spread.id;
                reading.question = question.strip();
                reading.sessionType = type;
                reading.status = ReadingStatus.PENDING.db();
                reading.paymentStatus = PaymentStatus.HOLD_PENDING;
                reading.priceAmount = price.value();
                reading.priceCurrency = price.currency();
                reading.durationMinutes = durationMinutes;
                reading.cardsDrawn = "[]";
                reading.createdAt = now();
                return readings.persistAndFlush(reading)
                        .call(saved -> remember(caller, key, saved))
                        .call(saved -> spreads.incrementUsage(saved.spreadId))
                        .call(saved -> events.publish(TarotEvents.READING_REQUESTED, saved.id,
                                new TarotEvents.ReadingRequested(saved.id, saved.clientId, saved.readerId, saved.spreadId,
                                        saved.sessionType, durationMinutes, price),
                                context.withActor(caller.id(), caller.role())))
                        .invoke(() -> count(TarotEvents.READING_REQUESTED));
            });
        }));
    }

    /** Rate × minutes, plus the emergency surcharge; rounded half-up to cents. */
    public Money quote(BigDecimal ratePerMinute, String currency, int minutes, String sessionType) {
        BigDecimal base = ratePerMinute.multiply(BigDecimal.valueOf(minutes));
        if ("emergency".equals(sessionType)) {
            base = base.multiply(BigDecimal.valueOf(100L + config.emergencySurchargePercent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return Money.of(base, currency);
    }

    public Uni<ReadingSession> accept(Caller caller, UUID id, EventContext context) {
        return step(caller, id, ReadingStatus.Action.ACCEPT, Side.READER, reading -> {
            if (!PaymentStatus.HELD.equals(reading.paymentStatus)) {
                throw DomainException.conflict("The client's payment is not secured yet (payment status "
                        + reading.paymentStatus + "); accept once the hold is placed.")
                        .with("paymentStatus", reading.paymentStatus);
            }
            reading.status = ReadingStatus.ACCEPTED.db();
            reading.acceptedAt = now();
            return publish(TarotEvents.READING_ACCEPTED, reading, new TarotEvents.ReadingAccepted(reading.id,
                    reading.clientId, reading.readerId, price(reading)), caller, context);
        });
    }

    /** Starting draws the cards: the querent and the reader see them appear together. */
    public Uni<ReadingSession> start(Caller caller, UUID id, EventContext context) {
        return deck.snapshot().chain(snapshot -> step(caller, id, ReadingStatus.Action.START, Side.EITHER, reading ->
                spreads.findById(reading.spreadId).chain(spread -> {
                    if (spread == null) {
                        throw DomainException.conflict("The spread of this reading is no longer available.");
                    }
                    List<PositionedCard> cards = draw(snapshot, spreadService.layoutOf(spread));
                    reading.cardsDrawn = json(drawnCards(cards));
                    reading.status = ReadingStatus.ACTIVE.db();
                    reading.startedAt = now();
                    return publish(TarotEvents.READING_STARTED, reading,
                            new TarotEvents.ReadingStarted(reading.id, reading.clientId, reading.readerId), caller, context);
                })));
    }

    public Uni<ReadingSession> complete(Caller caller, UUID id, String interpretation, String notes, EventContext context) {
        return step(caller, id, ReadingStatus.Action.COMPLETE, Side.READER, reading -> {
            OffsetDateTime now = now();
            reading.status = ReadingStatus.COMPLETED.db();
            reading.completedAt = now;
            reading.readerInterpretation = interpretation.strip();
            reading.readerNotes = blankToNull(notes);
            long seconds = reading.startedAt == null ? 0 : Duration.between(reading.startedAt, now).getSeconds();
            reading.durationMinutes = (int) Math.max(1, (seconds + 59) / 60);
            return publish(TarotEvents.READING_COMPLETED, reading, new TarotEvents.ReadingCompleted(reading.id,
                    reading.clientId, reading.readerId, price(reading), reading.durationMinutes), caller, context);
        });
    }

    public Uni<ReadingSession> cancel(Caller caller, UUID id, String reason, EventContext context) {
        return step(caller, id, ReadingStatus.Action.CANCEL, Side.EITHER, reading -> {
            reading.status = ReadingStatus.CANCELLED.db();
            reading.cancelledAt = now();
            reading.cancelledBy = caller.id().equals(reading.clientId) ? Roles.CLIENT : Roles.READER;
            reading.cancellationReason = reason.strip();
            return publish(TarotEvents.READING_CANCELLED, reading, new TarotEvents.ReadingCancelled(reading.id,
                    reading.clientId, reading.readerId, reading.cancelledBy, reading.cancellationReason), caller, context);
        });
    }

    public Uni<ReadingSession> rate(Caller caller, UUID id, int rating, String feedback, EventContext context) {
        return rls.asCaller(caller, () -> participantReading(caller, id, true).chain(reading -> {
            if (!caller.id().equals(reading.clientId)) {
                throw DomainException.forbidden("Only the client of a reading may rate it.");
            }
            if (!ReadingStatus.COMPLETED.db().equals(reading.status)) {
                throw DomainException.conflict("Only a completed reading can be rated.").with("status", reading.status);
            }
            if (reading.satisfactionRating != null) {
                throw DomainException.conflict("This reading has already been rated.");
            }
            reading.satisfactionRating = rating;
            reading.clientFeedback = blankToNull(feedback);
            Uni<Integer> readerRating = reading.readerId == null ? Uni.createFrom().item(0)
                    : readers.applyRating(reading.readerId, rating);
            return readings.flush().chain(() -> readerRating)
                    .chain(() -> publish(TarotEvents.READING_RATED, reading,
                            new TarotEvents.ReadingRated(reading.id, reading.clientId, reading.readerId, rating), caller, context))
                    .replaceWith(reading);
        }));
    }

    // ---------------------------------------------------------------- queries

    /**
     * One reading for display, as the finished JSON document, in one database round trip (see ReadingReads);
     * RLS applies as always, and only participants and admins see it (404 otherwise).
     */
    public Uni<Buffer> view(Caller caller, UUID id) {
        return reads.findVisible(caller.claims(), id, caller.id(), caller.isAdmin()).map(reading -> {
            boolean participant = reading != null
                    && (caller.id().equals(reading.clientId()) || caller.id().equals(reading.readerId()));
            if (reading == null || !(caller.isAdmin() || participant)) {
                throw DomainException.notFound("Reading " + id);
            }
            return reading.json();
        });
    }

    public record ReadingPage(List<ReadingSession> items, Cursor next) {
    }

    public Uni<ReadingPage> list(Caller caller, boolean asReader, ReadingRepository.ListFilter filter, Cursor before, int limit) {
        OffsetDateTime beforeCreatedAt = before == null ? null : before.at();
        return rls.asCaller(caller, () -> readings.listFor(caller.id(), asReader, filter,
                beforeCreatedAt, before == null ? null : before.id(), limit + 1))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<ReadingSession> page = more ? rows.subList(0, limit) : rows;
                    ReadingSession last = page.isEmpty() ? null : page.get(page.size() - 1);
                    return new ReadingPage(page, more ? Cursor.after(last.createdAt, last.id) : null);
                });
    }

    // ---------------------------------------------------------------- wallet saga (background, as service)

    public Uni<Boolean> holdPlaced(UUID readingId) {
        return readings.findForUpdate(readingId).map(reading -> {
            if (reading == null || !PaymentStatus.HOLD_PENDING.equals(reading.paymentStatus)) {
                return false;
            }
            reading.paymentStatus = PaymentStatus.HELD;
            return true;
        });
    }

    /** No money, no reading: a failed hold cancels the request (reason payment_failed). */
    public Uni<Boolean> holdFailed(UUID readingId, EventContext context) {
        return readings.findForUpdate(readingId).chain(reading -> {
            if (reading == null || !PaymentStatus.HOLD_PENDING.equals(reading.paymentStatus)) {
                return Uni.createFrom().item(false);
            }
            reading.paymentStatus = PaymentStatus.HOLD_FAILED;
            ReadingStatus status = ReadingStatus.of(reading.status);
            if (!ReadingStatus.Action.CANCEL.allowedFrom(status)) {
                return Uni.createFrom().item(true);
            }
            reading.status = ReadingStatus.CANCELLED.db();
            reading.cancelledAt = now();
            reading.cancelledBy = "system";
            reading.cancellationReason = PAYMENT_FAILED;
            return readings.flush().chain(() -> events.publish(TarotEvents.READING_CANCELLED, reading.id,
                    new TarotEvents.ReadingCancelled(reading.id, reading.clientId, reading.readerId, "system", PAYMENT_FAILED),
                    context)).invoke(() -> count(TarotEvents.READING_CANCELLED)).replaceWith(true);
        });
    }

    public Uni<Boolean> holdSettled(UUID readingId, String paymentStatus) {
        return readings.findForUpdate(readingId).map(reading -> {
            if (reading == null || PaymentStatus.NONE.equals(reading.paymentStatus) || paymentStatus.equals(reading.paymentStatus)) {
                return false;
            }
            reading.paymentStatus = paymentStatus;
            return true;
        });
    }

    // ---------------------------------------------------------------- helpers

    private enum Side { READER, EITHER }

    /** One lifecycle step in one transaction: lock, authorize, check the state machine, apply, publish. */
    private Uni<ReadingSession> step(Caller caller, UUID id, ReadingStatus.Action action, Side side,
                                     Function<ReadingSession, Uni<Void>> change) {
        return rls.asCaller(caller, () -> participantReading(caller, id, true).chain(reading -> {
            if (side == Side.READER && !caller.id().equals(reading.readerId)) {
                throw DomainException.forbidden("Only the reader of this reading may " + action.verb() + " it.");
            }
            ReadingStatus.of(reading.status).apply(action);
            return change.apply(reading).chain(() -> readings.flush()).replaceWith(reading);
        }));
    }

    private Uni<ReadingSession> participantReading(Caller caller, UUID id, boolean lock) {
        Uni<ReadingSession> found = lock ? readings.findForUpdate(id) : readings.findById(id);
        return found.map(reading -> {
            if (reading == null || !isParticipant(caller, reading)) {
                throw DomainException.notFound("Reading " + id);
            }
            return reading;
        });
    }

    private static boolean isParticipant(Caller caller, ReadingSession reading) {
        return caller.id().equals(reading.clientId) || caller.id().equals(reading.readerId);
    }

    private Uni<Void> publish(String type, ReadingSession reading, Object payload, Caller caller, EventContext context) {
        return events.publish(type, reading.id, payload, context.withActor(caller.id(), caller.role()))
                .invoke(() -> count(type)).replaceWithVoid();
    }

    /** Domain counter per lifecycle event, e.g. samia_tarot_readings_total{event="reading.completed"}. */
    private void count(String type) {
        meters.counter("samia.tarot.readings", "event", type).increment();
    }

    private Uni<TarotSpread> visibleSpread(Caller caller, UUID spreadId) {
        return spreads.findVisible(spreadId, caller.id(), caller.isAdmin())
                .onItem().ifNull().failWith(() -> DomainException.notFound("Spread " + spreadId));
    }

    private List<PositionedCard> draw(Deck.Snapshot snapshot, SpreadLayout layout) {
        List<Card> cards = snapshot.cards();
        List<SpreadLayout.Position> positions = layout.positions();
        List<CardShuffler.Draw> draws = shuffler.draw(cards.size(), positions.size(), config.reversalProbability());
        List<PositionedCard> result = new ArrayList<>(draws.size());
        for (int i = 0; i < draws.size(); i++) {
            SpreadLayout.Position p = positions.get(i);
            SpreadLayout.Position position = new SpreadLayout.Position(i, p.name(), p.meaning(), p.x(), p.y());
            result.add(new PositionedCard(position, cards.get(draws.get(i).deckIndex()), draws.get(i).reversed()));
        }
        return result;
    }

    private static List<DrawnCard> drawnCards(List<PositionedCard> cards) {
        return cards.stream().map(pc -> new DrawnCard(pc.position().index(), pc.position().name(), pc.card().cardKey(),
                pc.card().name(), pc.reversed())).toList();
    }

    private static Money price(ReadingSession reading) {
        return Money.of(reading.priceAmount, reading.priceCurrency);
    }

    private static String sessionType(String requested) {
        String type = requested == null || requested.isBlank() ? "standard" : requested;
        if (!SESSION_TYPES.contains(type)) {
            throw DomainException.invalidField("sessionType", "must be one of standard, emergency, practice");
        }
        return type;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
