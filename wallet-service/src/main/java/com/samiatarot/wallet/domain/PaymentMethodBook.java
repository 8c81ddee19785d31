package com.samiatarot.wallet.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.samiatarot.shared.events.DomainEvents;
import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.wallet.api.PaymentMethodRequest;
import com.samiatarot.wallet.events.WalletEvents;
import com.samiatarot.wallet.gateway.Gateways;
import com.samiatarot.wallet.persistence.PaymentMethod;
import com.samiatarot.wallet.persistence.PaymentMethods;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** A user's tokenized payment methods, managed as the caller (the seed's "manage own" policy applies). */
@ApplicationScoped
public class PaymentMethodBook {

    private final PaymentMethods methods;
    private final Gateways gateways;
    private final DomainEvents events;
    private final Rls rls;

    public PaymentMethodBook(PaymentMethods methods, Gateways gateways, DomainEvents events, Rls rls) {
        this.methods = methods;
        this.gateways = gateways;
        this.events = events;
        this.rls = rls;
    }

    public Uni<PaymentMethod> add(Caller caller, PaymentMethodRequest r, EventContext context) {
        CardDataGuard.refuseCardData("providerMethodId", r.providerMethodId());
        CardDataGuard.refuseCardData("displayName", r.displayName());
        CardDataGuard.refuseCardData("brand", r.brand());
        if (!gateways.supports(r.provider())) {
            return Uni.createFrom().failure(DomainException.invalidField("provider", "unsupported payment provider"));
        }
        return rls.asCaller(caller, () -> methods.findDefault(caller.id()).chain(currentDefault -> {
            boolean makeDefault = currentDefault == null || Boolean.TRUE.equals(r.isDefault());
            Uni<Integer> clear = makeDefault && currentDefault != null ? methods.clearDefault(caller.id()) : Uni.createFrom().item(0);
            PaymentMethod m = new PaymentMethod();
            m.id = UUID.randomUUID();
            m.userId = caller.id();
            m.methodType = r.methodType();
            m.provider = r.provider();
            m.providerMethodId = r.providerMethodId();
            m.displayName = r.displayName();
            m.lastFour = r.lastFour();
            m.brand = r.brand();
            m.expiryMonth = r.expiryMonth();
            m.expiryYear = r.expiryYear();
            m.isDefault = makeDefault;
            m.createdAt = Ledger.now();
            return clear.chain(() -> Panache.getSession().chain(s -> s.persist(m).chain(ignored -> s.flush())))
                    .chain(() -> events.publish(WalletEvents.PAYMENT_METHOD_ADDED, m.id,
                            new WalletEvents.PaymentMethodChanged(m.id, m.userId, m.provider, m.brand, m.lastFour), context))
                    .replaceWith(m);
        }));
    }

    public Uni<List<PaymentMethod>> list(Caller caller) {
        return rls.asCaller(caller, () -> methods.listActive(caller.id()));
    }

    public Uni<PaymentMethod> makeDefault(Caller caller, UUID id) {
        return rls.asCaller(caller, () -> methods.findActive(id, caller.id()).chain(m -> {
            if (m == null) {
                return Uni.createFrom().failure(DomainException.notFound("Payment method"));
            }
            if (m.isDefault) {
                return Uni.createFrom().item(m);
            }
            return methods.clearDefault(caller.id()).chain(() -> {
                m.isDefault = true;
                return Panache.getSession().chain(s -> s.flush()).replaceWith(m);
            });
        }));
    }

    public Uni<Void> remove(Caller caller, UUID id, EventContext context) {
        return rls.asCaller(caller, () -> methods.findActive(id, caller.id()).chain(m -> {
            if (m == null) {
                return Uni.createFrom().failure(DomainException.notFound("Payment method"));
            }
            m.deletedAt = Ledger.now();
            m.isDefault = false;
            return Panache.getSession().chain(s -> s.flush())
                    .chain(() -> events.publish(WalletEvents.PAYMENT_METHOD_REMOVED, m.id,
                            new WalletEvents.PaymentMethodChanged(m.id, m.userId, m.provider, m.brand, m.lastFour), context))
                    .replaceWithVoid();
        }));
    }
}
