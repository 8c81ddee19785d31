package com.samiatarot.chat.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<VideoCallSession, UUID> {

    public Uni<List<VideoCallSession>> unansweredSince(OffsetDateTime cutoff) {
        return find("status in ('initiated', 'ringing') and startedAt < ?1", cutoff).page(0, 200).list();
    }

    public Uni<List<VideoCallSession>> openInRoom(UUID roomId) {
        return find("roomId = ?1 and status in ('initiated', 'ringing', 'active')", roomId).list();
    }
}
