package com.samiatarot.wallet.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.wallet.domain.Idempotency;
import com.samiatarot.wallet.domain.Payments;
import com.samiatarot.wallet.domain.Webhooks;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private static final Logger LOG = Logger.getLogger(PaymentResource.class);

    private final Payments payments;
    private final Webhooks webhooks;
    private final Idempotency idempotency;
    private final CurrentCaller callers;
    private final RequestInfo requestInfo;

    public PaymentResource(Payments payments, Webhooks webhooks, Idempotency idempotency, CurrentCaller callers,
                           RequestInfo requestInfo) {
        this.payments = payments;
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.callers = callers;
        this.requestInfo = requestInfo;
    }

    /** Pending deposit + gateway intent; the signed webhook completes it later. */
    @POST
    @Authenticated
    @Path("/deposits")
    public Uni<Response> deposit(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull Requests.Deposit request) {
        Caller caller = callers.require();
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(caller.id(), caller.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/payments/deposits", request);
        String gatewayKey = "deposit-" + UUID.nameUUIDFromBytes((caller.id() + ":" + k).getBytes(StandardCharsets.UTF_8));
        return idempotency.<TransactionView>peek(caller.id(), k, fingerprint).chain(stored -> stored != null
                ? Uni.createFrom().item(Responses.of(stored))
                : payments.planDeposit(caller, request.amount(), request.paymentMethodId(), context)
                        .map(plan -> new Payments.DepositPlan(plan.method(),
                                UUID.nameUUIDFromBytes(("deposit:" + caller.id() + ":" + k).getBytes(StandardCharsets.UTF_8))))
                        .chain(plan -> payments.createIntent(plan, request.amount(), gatewayKey)
                                .chain(intent -> idempotency.once(caller.id(), k, fingerprint, 201,
                                        () -> payments.recordDeposit(caller, plan, request.amount(), intent).map(TransactionView::of))))
                        .map(Responses::of));
    }

    /** Readers cash out: debit now (limits apply), payout after commit, automatic refund if the payout fails. */
    @POST
    @Authenticated
    @Path("/withdrawals")
    public Uni<Response> withdraw(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull Requests.Withdrawal request) {
        Caller caller = callers.requireRole(Roles.READER);
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(caller.id(), caller.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/payments/withdrawals", request);
        return idempotency.once(caller.id(), k, fingerprint, 201,
                        () -> payments.debitWithdrawal(caller, request.amount(), request.paymentMethodId(), context).map(TransactionView::of))
                .call(outcome -> outcome.replayed() ? Uni.createFrom().voidItem()
                        : payments.payOut(outcome.result().id(), caller.id() + "-" + k, context)
                                .onFailure().invoke(e -> LOG.errorf("payout bookkeeping of %s failed: %s", outcome.result().id(),
                                        e.getClass().getSimpleName()))
                                .onFailure().recoverWithNull())
                .map(Responses::of);
    }

    /** Public: the gateway authenticates with its signature, checked before anything is read or written. */
    @POST
    @PermitAll
    @Path("/webhooks/{provider}")
    @Consumes(MediaType.WILDCARD)
    public Uni<Webhooks.Receipt> webhook(@PathParam("provider") String provider,
                                         @HeaderParam(WebhookSignature.HEADER) String signature, String payload) {
        return webhooks.receive(provider, payload == null ? "" : payload, signature, requestInfo.eventContext());
    }
}
