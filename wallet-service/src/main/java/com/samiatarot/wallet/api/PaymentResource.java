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

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.wallet.domain.Idempotency;
import com.samiatarot.wallet.domain.Payments;
import com.samiatarot.wallet.domain.Webhooks;
import com.samiatarot.wallet.domain.WithdrawalDebit;
import com.samiatarot.wallet.domain.Withdrawals;
import com.samiatarot.wallet.gateway.WebhookSignature;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final Payments payments;
    private final WithdrawalDebit debits;
    private final Withdrawals withdrawals;
    private final Webhooks webhooks;
    private final Idempotency idempotency;
    private final CurrentCaller callers;
    private final RequestInfo requestInfo;
    private final Rls rls;

    public PaymentResource(Payments payments, WithdrawalDebit debits, Withdrawals withdrawals, Webhooks webhooks,
                           Idempotency idempotency, CurrentCaller callers, RequestInfo requestInfo, Rls rls) {
        this.payments = payments;
        this.debits = debits;
        this.withdrawals = withdrawals;
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.callers = callers;
        this.requestInfo = requestInfo;
        this.rls = rls;
    }

    /** What a deposit request found before calling the gateway: the stored answer of its key, or the plan. */
    private record Prepared(Idempotency.Outcome<TransactionView> replay, Payments.DepositPlan plan) {
    }

    /**
     * Pending deposit + gateway intent; the signed webhook completes it later. Two transactions around the gateway
     * call: one reads (key, payment method, wallet), the other claims the key and writes the pending row.
     */
    @POST
    @Authenticated
    @Path("/deposits")
    public Uni<Response> deposit(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull Requests.Deposit request) {
        Caller caller = callers.require();
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(caller.id(), caller.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/payments/deposits", request);
        String gatewayKey = "deposit-" + UUID.nameUUIDFromBytes((caller.id() + ":" + k).getBytes(StandardCharsets.UTF_8));
        UUID transactionId = UUID.nameUUIDFromBytes(("deposit:" + caller.id() + ":" + k).getBytes(StandardCharsets.UTF_8));
        // read as the service with the caller named in every query (a wallet may have to be opened)
        return rls.asService(() -> idempotency.<TransactionView>stored(caller.id(), k, fingerprint).chain(stored -> stored != null
                        ? Uni.createFrom().item(new Prepared(stored, null))
                        : payments.planDeposit(caller, request.amount(), request.paymentMethodId(), transactionId, context)
                                .map(plan -> new Prepared(null, plan))))
                .chain(prepared -> prepared.replay() != null ? Uni.createFrom().item(prepared.replay())
                        : payments.createIntent(prepared.plan(), request.amount(), gatewayKey)
                                .chain(intent -> idempotency.once(caller.id(), k, fingerprint, 201,
                                        () -> payments.recordDeposit(prepared.plan(), request.amount(), intent).map(TransactionView::of))))
                .map(Responses::of);
    }

    /**
     * Readers cash out: one transaction debits (limits apply) and stores the answer, then the payout goes to the
     * gateway and its id is recorded; a refused payout is refunded, an unanswered one stays pending (see Withdrawals).
     */
    @POST
    @Authenticated
    @Path("/withdrawals")
    public Uni<Response> withdraw(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull Requests.Withdrawal request) {
        Caller caller = callers.requireRole(Roles.READER);
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(caller.id(), caller.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/payments/withdrawals", request);
        return debits.debit(caller, k, fingerprint, request.amount(), request.paymentMethodId(), TransactionView::of, context)
                .call(outcome -> outcome.replayed() ? Uni.createFrom().voidItem()
                        : withdrawals.payOut(outcome.result(), context))
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
