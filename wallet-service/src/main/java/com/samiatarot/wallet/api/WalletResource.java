package com.samiatarot.wallet.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.wallet.domain.Reconciliation;
import com.samiatarot.wallet.domain.Wallets;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/wallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalletResource {

    private final Wallets wallets;
    private final Reconciliation reconciliation;
    private final CurrentCaller callers;
    private final RequestInfo requestInfo;

    public WalletResource(Wallets wallets, Reconciliation reconciliation, CurrentCaller callers, RequestInfo requestInfo) {
        this.wallets = wallets;
        this.reconciliation = reconciliation;
        this.callers = callers;
        this.requestInfo = requestInfo;
    }

    @GET
    public Uni<WalletView> mine() {
        Caller caller = callers.require();
        return wallets.mine(caller, requestInfo.eventContext().withActor(caller.id(), caller.role()));
    }

    @GET
    @Path("/reconciliation")
    public Uni<Reconciliation.Report> reconcile() {
        callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return reconciliation.run();
    }

    @GET
    @Path("/{userId}")
    public Uni<WalletView> of(@PathParam("userId") UUID userId) {
        return wallets.of(callers.require(), userId);
    }

    @POST
    @Path("/{userId}/freeze")
    public Uni<WalletView> freeze(@PathParam("userId") UUID userId, @Valid @NotNull Requests.Freeze request) {
        Caller admin = callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return wallets.setFrozen(admin, userId, true, request.reason(), requestInfo.eventContext().withActor(admin.id(), admin.role()));
    }

    @POST
    @Path("/{userId}/unfreeze")
    public Uni<WalletView> unfreeze(@PathParam("userId") UUID userId, @Valid @NotNull Requests.Freeze request) {
        Caller admin = callers.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return wallets.setFrozen(admin, userId, false, request.reason(), requestInfo.eventContext().withActor(admin.id(), admin.role()));
    }
}
