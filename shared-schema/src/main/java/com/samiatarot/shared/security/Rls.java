package com.samiatarot.shared.security;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Runs a unit of work in one transaction whose first statement publishes the caller's claims to
 * PostgreSQL, so the seed's RLS policies apply (DESIGN §2). {@code is_local = true}: the setting dies
 * with the transaction and can never leak to the next user of a pooled connection (FACTS.md).
 */
@ApplicationScoped
public class Rls {

    // An HQL selection query is the cheapest way to run set_config from Hibernate Reactive (FACTS.md).
    private static final String SET_CLAIMS = "select function('set_config', 'request.jwt.claims', :claims, true)";

    public <T> Uni<T> inTransaction(RlsClaims claims, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> setClaims(claims).chain(ignored -> work.get()));
    }

    public <T> Uni<T> asCaller(Caller caller, Supplier<Uni<T>> work) {
        return inTransaction(caller.claims(), work);
    }

    /** Background work: consumers, relays, schedulers. Policies allow the {@code service} role explicitly. */
    public <T> Uni<T> asService(Supplier<Uni<T>> work) {
        return inTransaction(RlsClaims.service(), work);
    }

    public <T> Uni<T> asAnonymous(Supplier<Uni<T>> work) {
        return inTransaction(RlsClaims.anonymous(), work);
    }

    /** For callers already inside a transaction that must switch identity (rare; prefer the methods above). */
    public Uni<Void> setClaims(RlsClaims claims) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(SET_CLAIMS, String.class)
                        .setParameter("claims", claims.toJson())
                        .getSingleResult())
                .replaceWithVoid();
    }
}
