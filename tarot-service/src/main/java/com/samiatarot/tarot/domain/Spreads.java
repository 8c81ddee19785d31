package com.samiatarot.tarot.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.problem.SqlStates;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.tarot.events.TarotEvents;
import com.samiatarot.tarot.persistence.SpreadRepository;
import com.samiatarot.tarot.persistence.TarotSpread;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Spreads: the public built-in ones and users' custom spreads. A custom spread belongs to its creator;
 * others see it only when it is public, and never change it.
 */
@ApplicationScoped
public class Spreads {

    private final SpreadRepository spreads;
    private final DomainEvents events;
    private final Rls rls;
    private final ObjectMapper mapper;

    public Spreads(SpreadRepository spreads, DomainEvents events, Rls rls, ObjectMapper mapper) {
        this.spreads = spreads;
        this.events = events;
        this.rls = rls;
        this.mapper = mapper;
    }

    public record SpreadPage(List<TarotSpread> items, Cursor next) {
    }

    public Uni<SpreadPage> list(Optional<Caller> caller, boolean mineOnly, String category, String difficulty,
                                OffsetDateTime afterCreatedAt, UUID afterId, int limit) {
        if (mineOnly && caller.isEmpty()) {
            return Uni.createFrom().failure(DomainException.unauthorized("A valid access token is required to list your own spreads."));
        }
        UUID me = caller.map(Caller::id).orElse(null);
        return as(caller, () -> spreads.listVisible(me, mineOnly, category, difficulty,
                        afterCreatedAt, afterId, limit + 1))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<TarotSpread> page = more ? rows.subList(0, limit) : rows;
                    TarotSpread last = page.isEmpty() ? null : page.get(page.size() - 1);
                    return new SpreadPage(page, more ? Cursor.after(last.createdAt, last.id) : null);
                });
    }

    public Uni<TarotSpread> get(Optional<Caller> caller, UUID id) {
        return as(caller, () -> visible(caller, id));
    }

    public Uni<TarotSpread> create(Caller caller, SpreadInput input, EventContext context) {
        SpreadLayout layout = SpreadLayoutRules.validate(input.cardCount(), input.layout());
        TarotSpread spread = new TarotSpread();
        apply(spread, input, layout);
        spread.custom = true;
        spread.createdBy = caller.id();
        return rls.asCaller(caller, () -> spreads.persistAndFlush(spread)
                .call(saved -> Panache.getSession().chain(session -> session.refresh(saved)))
                .call(saved -> publish(TarotEvents.SPREAD_CREATED, saved, caller, context)));
    }

    public Uni<TarotSpread> update(Caller caller, UUID id, SpreadInput input, EventContext context) {
        SpreadLayout layout = SpreadLayoutRules.validate(input.cardCount(), input.layout());
        return rls.asCaller(caller, () -> owned(caller, id).chain(spread -> {
            apply(spread, input, layout);
            return spreads.flush().replaceWith(spread)
                    .call(saved -> Panache.getSession().chain(session -> session.refresh(saved)))
                    .call(saved -> publish(TarotEvents.SPREAD_UPDATED, saved, caller, context));
        }));
    }

    public Uni<Void> delete(Caller caller, UUID id, EventContext context) {
        return rls.asCaller(caller, () -> owned(caller, id).chain(spread -> spreads.delete(spread)
                        .chain(() -> spreads.flush())
                        .chain(() -> publish(TarotEvents.SPREAD_DELETED, spread, caller, context))))
                .onFailure(e -> SqlStates.is(e, SqlStates.FOREIGN_KEY_VIOLATION))
                .transform(e -> DomainException.conflict("This spread has readings and cannot be deleted; make it private instead."))
                .replaceWithVoid();
    }

    private Uni<TarotSpread> visible(Optional<Caller> caller, UUID id) {
        return spreads.findVisible(id, caller.map(Caller::id).orElse(null), caller.map(Caller::isAdmin).orElse(false))
                .onItem().ifNull().failWith(() -> DomainException.notFound("Spread " + id));
    }

    /** Someone else's visible spread is 403 (they can see it exists); an invisible one is 404. */
    private Uni<TarotSpread> owned(Caller caller, UUID id) {
        return spreads.findVisible(id, caller.id(), false)
                .onItem().ifNull().failWith(() -> DomainException.notFound("Spread " + id))
                .invoke(spread -> {
                    if (!caller.id().equals(spread.createdBy) || !spread.custom) {
                        throw DomainException.forbidden("Only the creator of a custom spread may change it.");
                    }
                });
    }

    private void apply(TarotSpread spread, SpreadInput input, SpreadLayout layout) {
        spread.name = input.name().strip();
        spread.description = input.description() == null ? null : input.description().strip();
        spread.cardCount = input.cardCount();
        spread.layoutData = toJson(layout);
        spread.difficultyLevel = input.difficultyLevel() == null ? "beginner" : input.difficultyLevel();
        spread.category = input.category() == null ? "custom" : input.category().strip();
        spread.publicSpread = input.isPublic();
    }

    private Uni<Void> publish(String type, TarotSpread spread, Caller caller, EventContext context) {
        return events.publish(type, spread.id,
                new TarotEvents.SpreadChanged(spread.id, spread.createdBy, spread.publicSpread, spread.cardCount),
                context.withActor(caller.id(), caller.role())).replaceWithVoid();
    }

    private <T> Uni<T> as(Optional<Caller> caller, Supplier<Uni<T>> work) {
        return caller.isPresent() ? rls.asCaller(caller.get(), work) : rls.asAnonymous(work);
    }

    public SpreadLayout layoutOf(TarotSpread spread) {
        try {
            return mapper.readValue(spread.layoutData, SpreadLayout.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable layout_data of spread " + spread.id, e);
        }
    }

    private String toJson(SpreadLayout layout) {
        try {
            return mapper.writeValueAsString(layout);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
