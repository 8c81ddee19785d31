package com.samiatarot.shared.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.security.Rls;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Exactly-once effects from an at-least-once topic: parse the record, skip types the consumer does not
 * handle, and apply the effect in one service-role transaction together with the processed_events row,
 * so a redelivered record changes nothing and a failed effect leaves no trace.
 *
 * <p>Consumers take whole polled batches ({@link #onceEach}): every service reads every event of the topics it
 * follows, and most are of types it ignores, so those are skipped by their type header without parsing, and the
 * batch costs one hand-over instead of one per record. Records it handles are applied one after the other, in
 * order. A record that fails for good (poison, a value the effect refuses) goes to the service's dead-letter topic
 * and the batch goes on; one that fails for a while (database or Kafka unreachable) is tried again, with backoff,
 * until it succeeds: the batch's offsets are committed only when every record was applied or dead-lettered.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private final ObjectMapper mapper;
    private final Rls rls;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;

    public EventInbox(ObjectMapper mapper, Rls rls, ProcessedEvents processed, DeadLetters deadLetters) {
        this.mapper = mapper;
        this.rls = rls;
        this.processed = processed;
        this.deadLetters = deadLetters;
    }

    /** Applies {@code effect} once per (event id, consumer) to each record of the batch whose type is in {@code handled}. */
    public Uni<Void> onceEach(ConsumerRecords<String, String> records, String consumer, Set<String> handled,
                              Function<CloudEvent, Uni<?>> effect) {
        List<ConsumerRecord<String, String>> relevant = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String type = CloudEvents.typeOf(record);
            if (type == null || handled.contains(type)) { // no type: poison, dead-lettered by once()
                relevant.add(record);
            }
        }
        if (relevant.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // effects use Hibernate Reactive, bound to the channel's Vert.x context: every attempt starts there, also
        // after a backoff or a dead-letter acknowledgement resumed on another thread
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return inOrder(relevant, record -> deliver(() -> once(record.value(), consumer, handled, effect),
                e -> deadLetters.send(record, e), onContext, FIRST_RETRY, LAST_RETRY,
                record.topic() + "[" + record.partition() + "]@" + record.offset()));
    }

    /** Applies {@code effect} once per (event id, consumer) for records whose type is in {@code handled}. */
    public Uni<Void> once(String record, String consumer, Set<String> handled, Function<CloudEvent, Uni<?>> effect) {
        CloudEvent event = CloudEvents.parse(mapper, record).orElse(null);
        if (event == null || event.id() == null) {
            return Uni.createFrom().failure(new PoisonEventException("record is not a CloudEvent with id, type and data"));
        }
        if (!handled.contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        return rls.asService(() -> processed.firstDelivery(event.id(), consumer)
                .chain(first -> first ? effect.apply(event) : Uni.createFrom().voidItem()))
                .replaceWithVoid();
    }

    /** Each item's delivery after the previous one completed. */
    static <T> Uni<Void> inOrder(List<T> items, Function<T, Uni<Void>> delivery) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(item -> delivery.apply(item)).collect().last().replaceWithVoid();
    }

    /**
     * One record: {@code attempt} until it succeeds or fails for good; then {@code deadLetter}, itself tried until it
     * succeeds. Never fails, so one record can neither stop the partition nor be skipped unrecorded.
     */
    static Uni<Void> deliver(Supplier<Uni<Void>> attempt, Function<Throwable, Uni<Void>> deadLetter, Executor onContext,
                             Duration firstRetry, Duration lastRetry, String where) {
        return Uni.createFrom().<Void>deferred(attempt::get).runSubscriptionOn(onContext)
                .onFailure(DeliveryFailures::isTransient).invoke(e -> LOG.warnf("%s not applied yet, will retry: %s", where, e))
                .onFailure(DeliveryFailures::isTransient).retry().withBackOff(firstRetry, lastRetry).indefinitely()
                .onFailure().recoverWithUni(poison -> Uni.createFrom().<Void>deferred(() -> deadLetter.apply(poison))
                        .onFailure().invoke(e -> LOG.warnf("%s could not be dead-lettered yet, will retry: %s", where, e))
                        .onFailure().retry().withBackOff(firstRetry, lastRetry).indefinitely());
    }
}
