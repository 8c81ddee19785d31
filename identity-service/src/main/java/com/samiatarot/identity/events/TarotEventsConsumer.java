package com.samiatarot.identity.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.events.CloudEvent;
import com.samiatarot.shared.events.CloudEvents;
import com.samiatarot.shared.events.ProcessedEvents;
import com.samiatarot.shared.security.Rls;

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

    private final ObjectMapper mapper;
    private final ProcessedEvents processed;
    private final Rls rls;

    public TarotEventsConsumer(ObjectMapper mapper, ProcessedEvents processed, Rls rls) {
        this.mapper = mapper;
        this.processed = processed;
        this.rls = rls;
    }

    @Incoming("tarot-events")
    public Uni<Void> onTarotEvent(String record) {
        CloudEvent event = CloudEvents.parse(mapper, record).orElse(null);
        if (event == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("tarot record is not a CloudEvent"));
        }
        if (!"reading.rated".equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        UUID eventId = event.id();
        UUID readingId;
        UUID readerId;
        UUID clientId;
        int rating;
        try {
            readingId = UUID.fromString(event.dataText("readingId"));
            readerId = UUID.fromString(event.dataText("readerId"));
            clientId = event.dataText("clientId") == null ? null : UUID.fromString(event.dataText("clientId"));
            rating = event.data().path("rating").asInt(0);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("reading.rated without valid ids"));
        }
        if (rating < 1 || rating > 5) {
            return Uni.createFrom().failure(new IllegalArgumentException("reading.rated with rating outside 1..5"));
        }
        return rls.asService(() -> Panache.getSession().chain(session -> processed.firstDelivery(eventId, CONSUMER)
                .chain(fresh -> !fresh ? Uni.createFrom().item(0) : session
                        .createNativeQuery("insert into identity.reader_ratings (reading_id, reader_id, client_id, rating, event_id)"
                                + " select ?1, ?2, ?3, ?4, ?5 where exists (select 1 from identity.users where id = ?2)"
                                + " on conflict (reading_id) do nothing")
                        .setParameter(1, readingId).setParameter(2, readerId).setParameter(3, clientId)
                        .setParameter(4, (short) rating).setParameter(5, eventId).executeUpdate())
                .chain(counted -> counted == 0 ? Uni.createFrom().item(0) : session
                        .createNativeQuery("insert into identity.user_profiles (user_id, profile_type, rating_count, rating_sum)"
                                + " values (?1, 'reader', 1, ?2) on conflict (user_id) do update"
                                + " set rating_count = user_profiles.rating_count + 1, rating_sum = user_profiles.rating_sum + excluded.rating_sum")
                        .setParameter(1, readerId).setParameter(2, rating).executeUpdate())))
                .invoke(applied -> {
                    if (applied > 0) {
                        LOG.debugf("rating of reading %s counted for reader %s", readingId, readerId);
                    }
                })
                .replaceWithVoid();
    }
}
