package com.samiatarot.shared.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.outbox.OutboxWriter;

import io.smallrye.mutiny.Uni;

/**
 * The one way a service emits a domain event: build the CloudEvent and append it to the outbox in the
 * current transaction. Call it inside {@code Rls.inTransaction(...)}, chained after the domain change.
 */
@ApplicationScoped
public class DomainEvents {

    private final EventFactory factory;
    private final OutboxWriter outbox;

    public DomainEvents(ObjectMapper mapper, OutboxWriter outbox,
                        @ConfigProperty(name = "samia.service.name") String serviceName) {
        this.factory = new EventFactory(mapper, serviceName);
        this.outbox = outbox;
    }

    public Uni<CloudEvent> publish(String type, Object subject, Object payload, EventContext context) {
        CloudEvent event = factory.create(type, subject, payload, context);
        return outbox.append(event).replaceWith(event);
    }
}
