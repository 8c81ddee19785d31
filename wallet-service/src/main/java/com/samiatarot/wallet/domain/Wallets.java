package com.samiatarot.wallet.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.api.WalletView;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.persistence.Wallet;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reading wallets (the caller's own, lazily opened; admins any) and freezing them. */
@ApplicationScoped
public class Wallets {

    private final Ledger ledger;
    private final Rls rls;
    private final DomainEvents events;

    public Wallets(Ledger ledger, Rls rls, DomainEvents events) {
        this.ledger = ledger;
        this.rls = rls;
        this.events = events;
    }

    /** The caller's wallet, opened on first access (as the caller: RLS lets a user open only their own empty wallet). */
    public Uni<WalletView> mine(Caller caller, EventContext context) {
        return rls.asCaller(caller, () -> ledger.open(caller.id(), context).chain(() -> find(caller.id())).chain(this::view));
    }

    /** Another user's wallet: admins only; everyone else gets the same 404 as for a missing wallet. */
    public Uni<WalletView> of(Caller caller, UUID userId) {
        if (!caller.isSelfOrAdmin(userId)) {
            return Uni.createFrom().failure(DomainException.notFound("Wallet"));
        }
        return rls.asCaller(caller, () -> find(userId).chain(w -> {
            if (w == null) {
                return Uni.createFrom().failure(DomainException.notFound("Wallet"));
            }
            return view(w);
        }));
    }

    public Uni<WalletView> setFrozen(Caller admin, UUID userId, boolean frozen, String reason, EventContext context) {
        return rls.asCaller(admin, () -> ledger.lock(userId).chain(w -> {
            if (w == null) {
                return Uni.createFrom().failure(DomainException.notFound("Wallet"));
            }
            if (w.frozen == frozen) {
                return view(w);
            }
            w.frozen = frozen;
            return Panache.getSession().chain(s -> s.flush())
                    .chain(() -> events.publish(frozen ? WalletEvents.WALLET_FROZEN : WalletEvents.WALLET_UNFROZEN, w.id,
                            new WalletEvents.FreezeChanged(w.id, w.userId, reason), context))
                    .chain(() -> view(w));
        }));
    }

    Uni<Wallet> find(UUID userId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery("from Wallet where userId = :u", Wallet.class)
                .setParameter("u", userId).getSingleResultOrNull());
    }

    Uni<WalletView> view(Wallet w) {
        return ledger.usage(w.id).map(usage -> WalletView.of(w, usage));
    }
}
