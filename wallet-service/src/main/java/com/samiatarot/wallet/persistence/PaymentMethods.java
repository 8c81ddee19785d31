package com.samiatarot.wallet.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PaymentMethods {

    public Uni<PaymentMethod> findActive(UUID id, UUID userId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from PaymentMethod where id = :id and userId = :u and deletedAt is null", PaymentMethod.class)
                .setParameter("id", id).setParameter("u", userId).getSingleResultOrNull());
    }

    public Uni<List<PaymentMethod>> listActive(UUID userId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from PaymentMethod where userId = :u and deletedAt is null order by createdAt desc, id", PaymentMethod.class)
                .setParameter("u", userId).getResultList());
    }

    public Uni<PaymentMethod> findDefault(UUID userId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from PaymentMethod where userId = :u and deletedAt is null and isDefault = true", PaymentMethod.class)
                .setParameter("u", userId).getSingleResultOrNull());
    }

    public Uni<Integer> clearDefault(UUID userId) {
        return Panache.getSession().chain(s -> s.createMutationQuery(
                        "update PaymentMethod set isDefault = false where userId = :u and isDefault = true")
                .setParameter("u", userId).executeUpdate());
    }
}
