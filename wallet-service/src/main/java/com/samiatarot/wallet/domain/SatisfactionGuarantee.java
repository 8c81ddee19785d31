package com.samiatarot.wallet.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.SatisfactionClaim;
import com.samiatarot.wallet.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The satisfaction guarantee: a client files a claim on their own completed reading payment within 72 h;
 * an admin approves it (the rest of the payment is refunded through {@link Refunds}, reversing the
 * reader's share and the fee in proportion) or rejects it. One claim per payment.
 */
@ApplicationScoped
public class SatisfactionGuarantee {

    static final Duration WINDOW = Duration.ofHours(72);

    private final Transactions transactions;
    private final Refunds refunds;
    private final Rls rls;

    public SatisfactionGuarantee(Transactions transactions, Refunds refunds, Rls rls) {
        this.transactions = transactions;
        this.refunds = refunds;
        this.rls = rls;
    }

    public Uni<SatisfactionClaim> file(Caller client, UUID paymentId, String reason) {
        return rls.asCaller(client, () -> transactions.find(paymentId).chain(payment -> {
            if (payment == null || !payment.userId.equals(client.id())) {
                return Uni.createFrom().failure(DomainException.notFound("Transaction"));
            }
            if (!"payment".equals(payment.type) || !LedgerEntry.DEBIT.equals(payment.balanceEffect)
                    || !"completed".equals(payment.status) || payment.readingSessionId == null) {
                return Uni.createFrom().failure(DomainException.unprocessable("Only a completed reading payment can be claimed."));
            }
            if (payment.completedAt.plus(WINDOW).isBefore(Ledger.now())) {
                return Uni.createFrom().failure(DomainException.unprocessable(
                        "The satisfaction guarantee can be claimed within 72 hours of the reading's payment."));
            }
            return Panache.getSession().chain(s -> s.createSelectionQuery(
                            "from SatisfactionClaim where paymentTransactionId = :p", SatisfactionClaim.class)
                    .setParameter("p", paymentId).getResultList()).chain(existing -> {
                if (!existing.isEmpty()) {
                    return Uni.createFrom().failure(DomainException.conflict("A claim for this payment already exists."));
                }
                SatisfactionClaim claim = new SatisfactionClaim();
                claim.id = UUID.randomUUID();
                claim.paymentTransactionId = paymentId;
                claim.readingSessionId = payment.readingSessionId;
                claim.clientId = client.id();
                claim.reason = reason;
                claim.status = "requested";
                claim.createdAt = Ledger.now();
                return Panache.getSession().chain(s -> s.persist(claim).chain(ignored -> s.flush())).replaceWith(claim);
            });
        }));
    }

    public Uni<List<SatisfactionClaim>> list(Caller caller, String status) {
        return rls.asCaller(caller, () -> Panache.getSession().chain(s -> {
            String hql = "from SatisfactionClaim where " + (caller.isAdmin() ? "1 = 1" : "clientId = :me")
                    + (status == null ? "" : " and status = :status") + " order by createdAt desc";
            var q = s.createSelectionQuery(hql, SatisfactionClaim.class);
            if (!caller.isAdmin()) {
                q.setParameter("me", caller.id());
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            return q.setMaxResults(100).getResultList();
        }));
    }

    /** Inside the admin's idempotent service transaction. */
    public Uni<SatisfactionClaim> decide(Caller admin, UUID claimId, boolean approve, String note, EventContext context) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from SatisfactionClaim where id = :id", SatisfactionClaim.class)
                .setParameter("id", claimId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(DomainException.notFound("Claim"));
            }
            SatisfactionClaim claim = found.get(0);
            if (!"requested".equals(claim.status)) {
                return Uni.createFrom().failure(DomainException.conflict("This claim was already " + claim.status + "."));
            }
            claim.decidedBy = admin.id();
            claim.decidedAt = Ledger.now();
            claim.decisionNote = note;
            if (!approve) {
                claim.status = "rejected";
                return Panache.getSession().chain(s -> s.flush()).replaceWith(claim);
            }
            claim.status = "approved";
            return refunds.refund(admin, claim.paymentTransactionId, null, "satisfaction guarantee: " + note, context)
                    .chain(refund -> {
                        claim.refundTransactionId = refund.id;
                        return Panache.getSession().chain(s -> s.flush()).replaceWith(claim);
                    });
        });
    }
}
