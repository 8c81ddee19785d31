package com.samiatarot.identity.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class UserProfileRepository implements PanacheRepositoryBase<UserProfile, UUID> {

    public Uni<UserProfile> findByUser(UUID userId) {
        return find("userId", userId).firstResult();
    }
}
