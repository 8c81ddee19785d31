package com.samiatarot.identity.events;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.EventInbox;
import com.samiatarot.shared.events.PoisonEventException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reader rating figures from tarot-service's {@code reading.rated}. Idempotent twice over: the event id
 * in processed_events (redeliveries) and the reading id in reader_ratings (a second event about the same
 * reading). Other tarot event types are skipped; unparseable records go to identity.dlq.
 */
@ApplicationScoped
public class TarotEventsConsumer {

    static final String CONSUMER = "identity-service.reader-ratings";
    private static final Logger LOG = Logger.getLogger(TarotEventsConsumer.class);
    private static final Set<String> HANDLED = Set.of("reading.rated");

    private final EventInbox inbox;

    public TarotEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("tarot-events")
    public Uni<Void> onTarotEvent(ConsumerRecords<String, String> records) {
        return inbox.onceEach(records, CONSUMER, HANDLED, this::countRating);
    }

    private Uni<Integer> countRating(CloudEvent event) {
        UUID readingId = event.dataUuid("readingId");
        UUID readerId = event.dataUuid("readerId");
        UUID clientId = event.optionalDataUuid("clientId");
        int rating = event.data().path("rating").asInt(0);
        if (rating < 1 || rating > 5) {
            throw new PoisonEventException("reading.rated with rating outside 1..5");
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into identity.reader_ratings (reading_id, reader_id, client_id, rating, event_id)"
                        + " select ?1, ?2, ?3, ?4, ?5 where exists (select 1 from identity.users where id = ?2)"
                        + " on conflict (reading_id) do nothing")
                .setParameter(1, readingId).setParameter(2, readerId).setParameter(3, clientId)
                .setParameter(4, (short) rating).setParameter(5, event.id()).executeUpdate()
                .chain(counted -> counted == 0 ? Uni.createFrom().item(0) : session
                        .createNativeQuery("insert into identity.user_profiles (user_id, profile_type, rating_count, rating_sum)"
                                + " values (?1, 'reader', 1, ?2) on conflict (user_id) do update"
                                + " set rating_count = user_profiles.rating_count + 1, rating_sum = user_profiles.rating_sum + excluded.rating_sum")
                        .setParameter(1, readerId).setParameter(2, rating).executeUpdate()))
                .invoke(applied -> {
                    if (applied > 0) {
                        LOG.debugf("rating of reading %s counted for reader %s", readingId, readerId);
                    }
                });
    }
}
