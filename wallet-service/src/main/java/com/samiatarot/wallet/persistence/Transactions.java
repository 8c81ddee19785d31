package com.samiatarot.wallet.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Ledger queries; callers run them inside an Rls transaction. */
@ApplicationScoped
public class Transactions {


    public record Filter(UUID userId, String type, String status, OffsetDateTime from, OffsetDateTime to,
                         OffsetDateTime cursorTime, UUID cursorId, int limit) {
    }

    public Uni<LedgerEntry> find(UUID id) {
        return Panache.getSession().chain(s -> s.find(LedgerEntry.class, id));
    }

    public Uni<LedgerEntry> lock(UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from LedgerEntry where id = :id", LedgerEntry.class)
                        .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
                .map(list -> list.isEmpty() ? null : list.get(0));
    }

    public Uni<LedgerEntry> lockByGateway(String provider, String gatewayId, String type) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from LedgerEntry where gatewayProvider = :p and gatewayTransactionId = :g and type = :t", LedgerEntry.class)
                        .setParameter("p", provider).setParameter("g", gatewayId).setParameter("t", type)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList())
                .map(list -> list.isEmpty() ? null : list.get(0));
    }

    /** Newest first, keyset-paginated on (created_at, id); always filtered by owner (RLS is the second wall). */
    public Uni<List<LedgerEntry>> page(Filter f) {
        StringBuilder hql = new StringBuilder("from LedgerEntry where userId = :u");
        if (f.type() != null) {
            hql.append(" and type = :type");
        }
        if (f.status() != null) {
            hql.append(" and status = :status");
        }
        if (f.from() != null) {
            hql.append(" and createdAt >= :from");
        }
        if (f.to() != null) {
            hql.append(" and createdAt < :to");
        }
        if (f.cursorTime() != null) {
            hql.append(" and (createdAt < :ct or (createdAt = :ct and id < :cid))");
        }
        hql.append(" order by createdAt desc, id desc");
        return Panache.getSession().chain(s -> {
            var q = s.createSelectionQuery(hql.toString(), LedgerEntry.class).setParameter("u", f.userId());
            if (f.type() != null) {
                q.setParameter("type", f.type());
            }
            if (f.status() != null) {
                q.setParameter("status", f.status());
            }
            if (f.from() != null) {
                q.setParameter("from", f.from());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to());
            }
            if (f.cursorTime() != null) {
                q.setParameter("ct", f.cursorTime()).setParameter("cid", f.cursorId());
            }
            return q.setMaxResults(f.limit() + 1).getResultList();
        });
    }

    public Uni<List<LedgerEntry>> related(UUID originalId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from LedgerEntry where relatedTransactionId = :r", LedgerEntry.class)
                .setParameter("r", originalId).getResultList());
    }
}
