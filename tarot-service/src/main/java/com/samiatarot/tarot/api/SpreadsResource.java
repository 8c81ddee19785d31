package com.samiatarot.tarot.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.tarot.domain.Spreads;
import com.samiatarot.tarot.persistence.TarotSpread;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Public spreads for everyone; custom spreads managed by their creators. */
@Path("/api/v1/spreads")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpreadsResource {

    private final Spreads spreads;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public SpreadsResource(Spreads spreads, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.spreads = spreads;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @GET
    public Uni<Page<SpreadResponse>> list(@QueryParam("mine") boolean mine, @QueryParam("category") String category,
                                          @QueryParam("difficulty") String difficulty, @QueryParam("limit") Integer limit,
                                          @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor);
        OffsetDateTime afterCreatedAt = after == null ? null : after.at();
        int size = Cursor.limit(limit);
        return spreads.list(currentCaller.find(), mine, category, difficulty, afterCreatedAt, after == null ? null : after.id(), size)
                .map(page -> new Page<>(page.items().stream().map(this::response).toList(),
                        page.next() == null ? null : page.next().encode()));
    }

    @GET
    @Path("/{id}")
    public Uni<SpreadResponse> get(@PathParam("id") UUID id) {
        return spreads.get(currentCaller.find(), id).map(this::response);
    }

    @POST
    @Authenticated
    public Uni<RestResponse<SpreadResponse>> create(@Valid @NotNull SpreadRequest request) {
        Caller caller = currentCaller.require();
        return spreads.create(caller, request.toInput(), requestInfo.eventContext())
                .map(saved -> RestResponse.ResponseBuilder.<SpreadResponse>created(URI.create("/api/v1/spreads/" + saved.id))
                        .entity(response(saved)).build());
    }

    @PUT
    @Authenticated
    @Path("/{id}")
    public Uni<SpreadResponse> update(@PathParam("id") UUID id, @Valid @NotNull SpreadRequest request) {
        Caller caller = currentCaller.require();
        return spreads.update(caller, id, request.toInput(), requestInfo.eventContext()).map(this::response);
    }

    @DELETE
    @Authenticated
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        Caller caller = currentCaller.require();
        return spreads.delete(caller, id, requestInfo.eventContext()).map(ignored -> RestResponse.noContent());
    }

    private SpreadResponse response(TarotSpread spread) {
        return SpreadResponse.of(spread, spreads.layoutOf(spread));
    }
}
