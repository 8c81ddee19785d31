package com.samiatarot.identity.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SystemConfigurationRepository implements PanacheRepositoryBase<SystemConfiguration, UUID> {

    public Uni<SystemConfiguration> findByKey(String key) {
        return find("key", key).firstResult();
    }

    public Uni<List<SystemConfiguration>> listOrdered() {
        return find("order by key").list();
    }
}
