package com.samiatarot.chat.api;

import java.net.URI;
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

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.chat.api.CallDtos.CallResponse;
import com.samiatarot.chat.api.CallDtos.EndCallRequest;
import com.samiatarot.chat.api.CallDtos.IceServersResponse;
import com.samiatarot.chat.api.CallDtos.RateCallRequest;
import com.samiatarot.chat.api.CallDtos.StartCallRequest;
import com.samiatarot.chat.domain.CallService;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    private final CallService calls;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public CallResource(CallService calls, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.calls = calls;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @POST
    public Uni<RestResponse<CallResponse>> start(@Valid @NotNull StartCallRequest request) {
        return calls.start(currentCaller.require(), request.roomId(), request.callType(), requestInfo.eventContext())
                .map(call -> RestResponse.ResponseBuilder.<CallResponse>created(URI.create("/api/v1/calls/" + call.id))
                        .entity(calls.toResponse(call)).build());
    }

    @GET
    @Path("/{callId}")
    public Uni<CallResponse> get(@PathParam("callId") UUID callId) {
        return calls.get(currentCaller.require(), callId).map(calls::toResponse);
    }

    @POST
    @Path("/{callId}/ringing")
    public Uni<CallResponse> ringing(@PathParam("callId") UUID callId) {
        return calls.ringing(currentCaller.require(), callId).map(calls::toResponse);
    }

    @POST
    @Path("/{callId}/join")
    public Uni<CallResponse> join(@PathParam("callId") UUID callId) {
        return calls.join(currentCaller.require(), callId).map(calls::toResponse);
    }

    @POST
    @Path("/{callId}/end")
    public Uni<CallResponse> end(@PathParam("callId") UUID callId, @Valid EndCallRequest request) {
        EndCallRequest body = request == null ? new EndCallRequest(null, null) : request;
        return calls.end(currentCaller.require(), callId, body.qualityRating(), body.connectionQuality(), requestInfo.eventContext())
                .map(calls::toResponse);
    }

    @POST
    @Path("/{callId}/rating")
    public Uni<CallResponse> rate(@PathParam("callId") UUID callId, @Valid @NotNull RateCallRequest request) {
        return calls.rate(currentCaller.require(), callId, request.qualityRating(), request.connectionQuality()).map(calls::toResponse);
    }

    @GET
    @Path("/{callId}/ice-servers")
    public Uni<IceServersResponse> iceServers(@PathParam("callId") UUID callId) {
        return calls.iceServers(currentCaller.require(), callId);
    }
}
