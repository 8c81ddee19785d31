package com.samiatarot.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/** How a consumer treats each record of a polled batch: skip cheaply, apply in order, retry or dead-letter. */
class EventDeliveryTest {

    private static final Duration FAST = Duration.ofMillis(5);

    @Test
    void theTypeHeaderNamesTheEventWithoutReadingTheBody() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("identity.events", 0, 0, "k", "not even json");
        record.headers().add(CloudEvents.TYPE_HEADER, "user.logged_in".getBytes(StandardCharsets.UTF_8));
        assertEquals("user.logged_in", CloudEvents.typeOf(record));
    }

    @Test
    void withoutTheHeaderTheTopLevelTypeIsReadAndNestedTypesAreNot() {
        assertEquals("reading.accepted", CloudEvents.typeOf(new ConsumerRecord<>("t", 0, 0, "k",
                "{\"data\":{\"type\":\"nested\",\"list\":[{\"type\":\"deeper\"}]},\"id\":\"1\",\"type\":\"reading.accepted\"}")));
        assertNull(CloudEvents.typeOf("{\"data\":{\"type\":\"nested\"}}"), "no top-level type");
        assertNull(CloudEvents.typeOf("{\"type\":42}"), "a type that is not a string");
        assertNull(CloudEvents.typeOf("[\"type\"]"));
        assertNull(CloudEvents.typeOf("{\"type\":"), "truncated");
        assertNull(CloudEvents.typeOf((String) null));
    }

    @Test
    void anUnreachableDatabaseOrBrokerIsTransientAndPoisonOrRefusedValuesAreNot() {
        assertTrue(DeliveryFailures.isTransient(new RuntimeException(new ConnectException("refused"))));
        assertTrue(DeliveryFailures.isTransient(new PgException("terminating connection", "FATAL", "57P01", null)));
        assertTrue(DeliveryFailures.isTransient(new PgException("deadlock detected", "ERROR", "40P01", null)));
        assertTrue(DeliveryFailures.isTransient(new io.smallrye.mutiny.TimeoutException()));
        assertFalse(DeliveryFailures.isTransient(new PgException("duplicate key", "ERROR", "23505", null)));
        assertFalse(DeliveryFailures.isTransient(new PgException("invalid input syntax", "ERROR", "22P02", null)));
        assertFalse(DeliveryFailures.isTransient(new PoisonEventException("data.readerId is not a UUID")));
        assertFalse(DeliveryFailures.isTransient(new IllegalStateException("illegal transition")));
    }

    @Test
    void aTransientFailureIsRetriedUntilTheRecordIsAppliedAndNothingIsDeadLettered() {
        AtomicInteger attempts = new AtomicInteger();
        List<Throwable> dead = new ArrayList<>();
        EventInbox.deliver(() -> attempts.incrementAndGet() <= 3
                        ? Uni.createFrom().failure(new PgException("connection refused", "FATAL", "08006", null))
                        : Uni.createFrom().voidItem(),
                e -> { dead.add(e); return Uni.createFrom().voidItem(); }, Runnable::run, FAST, FAST, "t[0]@0")
                .await().atMost(Duration.ofSeconds(10));
        assertEquals(4, attempts.get());
        assertTrue(dead.isEmpty());
    }

    @Test
    void aPoisonRecordIsDeadLetteredOnceWithItsReasonAndTheNextRecordsAreStillAppliedInOrder() {
        List<String> applied = new ArrayList<>();
        List<String> dead = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        EventInbox.inOrder(List.of("first", "poison", "third"), item -> EventInbox.deliver(() -> {
                    attempts.incrementAndGet();
                    if (item.equals("poison")) {
                        throw new PoisonEventException("reading.accepted data.readerId is not a UUID");
                    }
                    applied.add(item);
                    return Uni.createFrom().voidItem();
                }, e -> { dead.add(item + ": " + e.getMessage()); return Uni.createFrom().voidItem(); },
                Runnable::run, FAST, FAST, item)).await().atMost(Duration.ofSeconds(10));
        assertEquals(List.of("first", "third"), applied);
        assertEquals(List.of("poison: reading.accepted data.readerId is not a UUID"), dead);
        assertEquals(3, attempts.get(), "poison is not retried");
    }

    @Test
    void aDeadLetterThatCannotBeWrittenYetIsRetriedRatherThanDropped() {
        AtomicInteger sends = new AtomicInteger();
        EventInbox.deliver(() -> Uni.createFrom().failure(new PoisonEventException("bad")),
                        e -> sends.incrementAndGet() <= 2
                                ? Uni.createFrom().failure(new org.apache.kafka.common.errors.TimeoutException("no broker"))
                                : Uni.createFrom().voidItem(),
                        Runnable::run, FAST, FAST, "t[0]@1")
                .await().atMost(Duration.ofSeconds(10));
        assertEquals(3, sends.get());
    }

    @Test
    void theAttemptStartsOnTheGivenExecutorEveryTime() {
        AtomicInteger dispatched = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        EventInbox.deliver(() -> attempts.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new ConnectException("refused"))
                        : Uni.createFrom().voidItem(),
                e -> Uni.createFrom().voidItem(), task -> { dispatched.incrementAndGet(); task.run(); }, FAST, FAST, "t[0]@2")
                .await().atMost(Duration.ofSeconds(10));
        assertEquals(2, dispatched.get(), "the retry also starts on the consumer's context");
    }
}
