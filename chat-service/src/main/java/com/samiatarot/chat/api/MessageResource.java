package com.samiatarot.chat.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.chat.api.MessageDtos.EditMessageRequest;
import com.samiatarot.chat.api.MessageDtos.MessageView;
import com.samiatarot.chat.api.MessageDtos.ReadRequest;
import com.samiatarot.chat.api.MessageDtos.SendMessageRequest;
import com.samiatarot.chat.api.RoomDtos.Page;
import com.samiatarot.chat.domain.MessageService;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Authenticated
@Path("/api/v1/rooms/{roomId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final MessageService messages;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public MessageResource(MessageService messages, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.messages = messages;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @POST
    @Path("/messages")
    public Uni<RestResponse<MessageView>> send(@PathParam("roomId") UUID roomId, @Valid @NotNull SendMessageRequest request) {
        return messages.send(currentCaller.require(), roomId, request, requestInfo.eventContext())
                .map(view -> RestResponse.ResponseBuilder.<MessageView>created(
                        URI.create("/api/v1/rooms/" + roomId + "/messages/" + view.id())).entity(view).build());
    }

    /** Newest first; {@code before} (or the opaque {@code cursor} from the last page) is the oldest message already seen. */
    @GET
    @Path("/messages")
    public Uni<Page<MessageView>> list(@PathParam("roomId") UUID roomId, @QueryParam("before") String before,
                                       @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        String anchor = before != null ? before : cursor;
        UUID beforeId;
        try {
            beforeId = anchor == null || anchor.isBlank() ? null : UUID.fromString(anchor);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("before", "must be a message id");
        }
        return messages.list(currentCaller.require(), roomId, beforeId, limit);
    }

    @PATCH
    @Path("/messages/{messageId}")
    public Uni<MessageView> edit(@PathParam("roomId") UUID roomId, @PathParam("messageId") UUID messageId,
                                 @Valid @NotNull EditMessageRequest request) {
        return messages.edit(currentCaller.require(), roomId, messageId, request.content());
    }

    @DELETE
    @Path("/messages/{messageId}")
    public Uni<RestResponse<Void>> delete(@PathParam("roomId") UUID roomId, @PathParam("messageId") UUID messageId) {
        return messages.delete(currentCaller.require(), roomId, messageId, requestInfo.eventContext())
                .map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/read")
    public Uni<MessageService.ReadReceipt> read(@PathParam("roomId") UUID roomId, @Valid @NotNull ReadRequest request) {
        return messages.markRead(currentCaller.require(), roomId, request.upToMessageId());
    }
}
