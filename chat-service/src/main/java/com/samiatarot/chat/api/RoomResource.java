package com.samiatarot.chat.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.chat.api.RoomDtos.CreateRoomRequest;
import com.samiatarot.chat.api.RoomDtos.Page;
import com.samiatarot.chat.api.RoomDtos.RoomResponse;
import com.samiatarot.chat.api.RoomDtos.UpdateRoomRequest;
import com.samiatarot.chat.domain.RoomService;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/rooms")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    private final RoomService rooms;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public RoomResource(RoomService rooms, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.rooms = rooms;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    /** 201 with a new room; 200 with the existing one when a direct room between the two people already exists. */
    @POST
    public Uni<RestResponse<RoomResponse>> create(@Valid @NotNull CreateRoomRequest request) {
        Caller caller = currentCaller.require();
        return rooms.create(caller, request, requestInfo.eventContext())
                .map(created -> created.isNew()
                        ? RestResponse.ResponseBuilder.<RoomResponse>created(URI.create("/api/v1/rooms/" + created.room().id))
                                .entity(rooms.toResponse(created.room())).build()
                        : RestResponse.ok(rooms.toResponse(created.room())));
    }

    @GET
    public Uni<Page<RoomResponse>> listMine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return rooms.listMine(currentCaller.require(), limit, cursor);
    }

    @GET
    @Path("/{roomId}")
    public Uni<RoomResponse> get(@PathParam("roomId") UUID roomId) {
        return rooms.get(currentCaller.require(), roomId).map(rooms::toResponse);
    }

    @PATCH
    @Path("/{roomId}")
    public Uni<RoomResponse> update(@PathParam("roomId") UUID roomId, @Valid @NotNull UpdateRoomRequest request) {
        return rooms.update(currentCaller.require(), roomId, request, requestInfo.eventContext()).map(rooms::toResponse);
    }

    @POST
    @Path("/{roomId}/archive")
    public Uni<RoomResponse> archive(@PathParam("roomId") UUID roomId) {
        return rooms.archive(currentCaller.require(), roomId).map(rooms::toResponse);
    }
}
