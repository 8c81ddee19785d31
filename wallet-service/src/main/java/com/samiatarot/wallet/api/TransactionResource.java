package com.samiatarot.wallet.api;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.samiatarot.shared.events.EventContext;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Rls;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.wallet.domain.DepositRefunds;
import com.samiatarot.wallet.domain.Idempotency;
import com.samiatarot.wallet.domain.Refunds;
import com.samiatarot.wallet.domain.SatisfactionGuarantee;
import com.samiatarot.wallet.persistence.LedgerEntry;
import com.samiatarot.wallet.persistence.Transactions;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionResource {

    private static final Set<String> TYPES = Set.of("deposit", "withdrawal", "payment", "refund", "fee");
    private static final Set<String> STATUSES = Set.of("pending", "completed", "failed", "cancelled");

    private final Transactions transactions;
    private final Refunds refunds;
    private final DepositRefunds depositRefunds;
    private final Idempotency idempotency;
    private final Rls rls;
    private final CurrentCaller callers;
    private final RequestInfo requestInfo;
    private final SatisfactionGuarantee guarantee;

    public TransactionResource(Transactions transactions, Refunds refunds, DepositRefunds depositRefunds, Idempotency idempotency,
                               Rls rls, CurrentCaller callers, RequestInfo requestInfo, SatisfactionGuarantee guarantee) {
        this.depositRefunds = depositRefunds;
        this.guarantee = guarantee;
        this.transactions = transactions;
        this.refunds = refunds;
        this.idempotency = idempotency;
        this.rls = rls;
        this.callers = callers;
        this.requestInfo = requestInfo;
    }

    @RegisterForReflection
    public record Page(List<TransactionView> items, String nextCursor) {
    }

    @GET
    public Uni<Page> list(@QueryParam("type") String type, @QueryParam("status") String status, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                          @QueryParam("userId") UUID userId) {
        Caller caller = callers.require();
        if (userId != null && !caller.isSelfOrAdmin(userId)) {
            throw DomainException.forbidden("Only admins may list another user's transactions.");
        }
        if (type != null && !TYPES.contains(type)) {
            throw DomainException.invalidField("type", "must be one of " + TYPES);
        }
        if (status != null && !STATUSES.contains(status)) {
            throw DomainException.invalidField("status", "must be one of " + STATUSES);
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        OffsetDateTime cursorTime = null;
        UUID cursorId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
                cursorTime = OffsetDateTime.parse(parts[0]);
                cursorId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw DomainException.invalidField("cursor", "is not a cursor this API issued");
            }
        }
        Transactions.Filter filter = new Transactions.Filter(userId == null ? caller.id() : userId, type, status,
                instant("from", from), instant("to", to), cursorTime, cursorId, size);
        return rls.asCaller(caller, () -> transactions.page(filter)).map(rows -> {
            boolean more = rows.size() > size;
            List<LedgerEntry> page = more ? rows.subList(0, size) : rows;
            String next = null;
            if (more) {
                LedgerEntry last = page.get(page.size() - 1);
                next = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString((last.createdAt.toString() + "|" + last.id).getBytes(StandardCharsets.UTF_8));
            }
            return new Page(page.stream().map(TransactionView::of).toList(), next);
        });
    }

    @GET
    @Path("/{id}")
    public Uni<TransactionView> get(@PathParam("id") UUID id) {
        Caller caller = callers.require();
        return rls.asCaller(caller, () -> transactions.find(id)).map(entry -> {
            if (entry == null || !caller.isSelfOrAdmin(entry.userId)) {
                throw DomainException.notFound("Transaction");
            }
            return TransactionView.of(entry);
        });
    }

    @POST
    @Path("/{id}/refund")
    public Uni<Response> refund(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull Requests.Refund request) {
        Caller admin = callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(admin.id(), admin.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/transactions/" + id + "/refund", request);
        // deposits go back to the card through the gateway; reading payments go back to the wallet
        return rls.asService(() -> transactions.find(id)).chain(original -> original != null && "deposit".equals(original.type)
                        ? depositRefunds.refund(admin, k, fingerprint, id, request.amount(), request.reason(), context, TransactionView::of)
                        : idempotency.once(admin.id(), k, fingerprint, 201,
                                () -> refunds.refund(admin, id, request.amount(), request.reason(), context).map(TransactionView::of)))
                .map(Responses::of);
    }

    /** The satisfaction guarantee: the client asks for their money back within 72 h of a reading payment. */
    @POST
    @Path("/{id}/satisfaction-claim")
    public Uni<RestResponse<ClaimView>> claim(@PathParam("id") UUID id, @Valid @NotNull Requests.Claim request) {
        return guarantee.file(callers.require(), id, request.reason())
                .map(c -> RestResponse.status(RestResponse.Status.CREATED, ClaimView.of(c)));
    }

    @GET
    @Path("/claims")
    public Uni<List<ClaimView>> claims(@QueryParam("status") String status) {
        if (status != null && !Set.of("requested", "approved", "rejected").contains(status)) {
            throw DomainException.invalidField("status", "must be requested, approved or rejected");
        }
        return guarantee.list(callers.require(), status).map(list -> list.stream().map(ClaimView::of).toList());
    }

    /** Approving refunds what is left of the payment: a money-moving POST, so it takes an Idempotency-Key. */
    @POST
    @Path("/claims/{claimId}/approve")
    public Uni<Response> approve(@PathParam("claimId") UUID claimId, @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull Requests.Decision request) {
        Caller admin = callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        String k = Idempotency.requireKey(key);
        EventContext context = requestInfo.eventContext().withActor(admin.id(), admin.role());
        String fingerprint = idempotency.fingerprint("POST /api/v1/transactions/claims/" + claimId + "/approve", request);
        return idempotency.once(admin.id(), k, fingerprint, 200,
                        () -> guarantee.decide(admin, claimId, true, request.note(), context).map(ClaimView::of))
                .map(Responses::of);
    }

    @POST
    @Path("/claims/{claimId}/reject")
    public Uni<ClaimView> reject(@PathParam("claimId") UUID claimId, @Valid @NotNull Requests.Decision request) {
        Caller admin = callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        EventContext context = requestInfo.eventContext().withActor(admin.id(), admin.role());
        return rls.asService(() -> guarantee.decide(admin, claimId, false, request.note(), context)).map(ClaimView::of);
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, "must be an ISO-8601 timestamp with offset, e.g. 2026-01-31T00:00:00Z");
        }
    }
}
