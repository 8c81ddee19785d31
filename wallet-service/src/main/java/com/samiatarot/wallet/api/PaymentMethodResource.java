package com.samiatarot.wallet.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.wallet.domain.PaymentMethodBook;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/payment-methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    private final PaymentMethodBook book;
    private final CurrentCaller callers;
    private final RequestInfo requestInfo;

    public PaymentMethodResource(PaymentMethodBook book, CurrentCaller callers, RequestInfo requestInfo) {
        this.book = book;
        this.callers = callers;
        this.requestInfo = requestInfo;
    }

    @POST
    public Uni<RestResponse<PaymentMethodView>> add(@Valid @NotNull PaymentMethodRequest request) {
        Caller caller = callers.require();
        return book.add(caller, request, requestInfo.eventContext().withActor(caller.id(), caller.role()))
                .map(m -> RestResponse.ResponseBuilder.<PaymentMethodView>created(URI.create("/api/v1/payment-methods/" + m.id))
                        .entity(PaymentMethodView.of(m)).build());
    }

    @GET
    public Uni<List<PaymentMethodView>> list() {
        return book.list(callers.require()).map(list -> list.stream().map(PaymentMethodView::of).toList());
    }

    @POST
    @Path("/{id}/default")
    public Uni<PaymentMethodView> makeDefault(@PathParam("id") UUID id) {
        return book.makeDefault(callers.require(), id).map(PaymentMethodView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> remove(@PathParam("id") UUID id) {
        Caller caller = callers.require();
        return book.remove(caller, id, requestInfo.eventContext().withActor(caller.id(), caller.role()))
                .replaceWith(RestResponse.noContent());
    }
}
