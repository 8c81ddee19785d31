package com.samiatarot.tarot.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.shared.api.Cursor;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;
import com.samiatarot.tarot.domain.Readings;
import com.samiatarot.tarot.persistence.ReadingRepository;
import com.samiatarot.tarot.persistence.ReadingSession;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

@Path("/api/v1/readings")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReadingsResource {

    private static final Set<String> STATUSES = Set.of("pending", "accepted", "active", "completed", "cancelled");

    private final Readings readings;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public ReadingsResource(Readings readings, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.readings = readings;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    /**
     * With an optional Idempotency-Key (1-255 visible ASCII characters), a repeated request (double click,
     * retry) books once: the same key and body answer 201 with the reading first created and
     * {@code Idempotency-Replayed: true}; the same key with another body is 422.
     */
    @POST
    public Uni<RestResponse<ReadingResponse>> create(@Valid @NotNull ReadingRequests.Create request,
                                                     @HeaderParam("Idempotency-Key") String idempotencyKey) {
        // monitor is read-only over audit: it never books readings.
        Caller caller = currentCaller.requireRole(Roles.CLIENT, Roles.READER, Roles.ADMIN, Roles.SUPER_ADMIN);
        Readings.IdempotencyKey key = IdempotencyKeys.of(idempotencyKey, request);
        return readings.createOnce(caller, key, () -> request.readerId() == null
                        ? readings.createAiReading(caller, request.spreadId(), request.question(), request.sessionType(), key,
                                requestInfo.eventContext())
                        : readings.requestHumanReading(caller, request.spreadId(), request.readerId(), request.question(),
                                request.sessionType(), request.durationMinutes(), key, requestInfo.eventContext()))
                .map(created -> {
                    var response = RestResponse.ResponseBuilder
                            .<ReadingResponse>created(URI.create("/api/v1/readings/" + created.reading().id))
                            .entity(response(created.reading(), caller));
                    return created.replayed() ? response.header("Idempotency-Replayed", "true").build() : response.build();
                });
    }

    @GET
    public Uni<Page<ReadingResponse>> list(@QueryParam("as") String as, @QueryParam("status") String status,
                                           @QueryParam("type") String type, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                           @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.require();
        boolean asReader;
        if (as == null || as.isBlank()) {
            asReader = caller.is(Roles.READER);
        } else if ("client".equals(as) || "reader".equals(as)) {
            asReader = "reader".equals(as);
        } else {
            throw DomainException.invalidField("as", "must be client or reader");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw DomainException.invalidField("status", "must be one of pending, accepted, active, completed, cancelled");
        }
        if (type != null && !Readings.SESSION_TYPES.contains(type)) {
            throw DomainException.invalidField("type", "must be one of standard, emergency, practice");
        }
        ReadingRepository.ListFilter filter = new ReadingRepository.ListFilter(status, type, instant("from", from), instant("to", to));
        return readings.list(caller, asReader, filter, Cursor.decode(cursor), Cursor.limit(limit))
                .map(page -> new Page<>(page.items().stream().map(r -> response(r, caller)).toList(),
                        page.next() == null ? null : page.next().encode()));
    }

    /** The document is rendered by Postgres in the shape of {@link ReadingResponse} (see ReadingReads). */
    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "the reading as this participant sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadingResponse.class)))
    public Uni<Buffer> get(@PathParam("id") UUID id) {
        return readings.view(currentCaller.require(), id);
    }

    @POST
    @Path("/{id}/accept")
    public Uni<ReadingResponse> accept(@PathParam("id") UUID id) {
        Caller caller = currentCaller.require();
        return readings.accept(caller, id, requestInfo.eventContext()).map(r -> response(r, caller));
    }

    @POST
    @Path("/{id}/start")
    public Uni<ReadingResponse> start(@PathParam("id") UUID id) {
        Caller caller = currentCaller.require();
        return readings.start(caller, id, requestInfo.eventContext()).map(r -> response(r, caller));
    }

    @POST
    @Path("/{id}/complete")
    public Uni<ReadingResponse> complete(@PathParam("id") UUID id, @Valid @NotNull ReadingRequests.Complete request) {
        Caller caller = currentCaller.require();
        return readings.complete(caller, id, request.readerInterpretation(), request.readerNotes(), requestInfo.eventContext())
                .map(r -> response(r, caller));
    }

    @POST
    @Path("/{id}/cancel")
    public Uni<ReadingResponse> cancel(@PathParam("id") UUID id, @Valid @NotNull ReadingRequests.Cancel request) {
        Caller caller = currentCaller.require();
        return readings.cancel(caller, id, request.reason(), requestInfo.eventContext()).map(r -> response(r, caller));
    }

    @POST
    @Path("/{id}/rating")
    public Uni<ReadingResponse> rate(@PathParam("id") UUID id, @Valid @NotNull ReadingRequests.Rate request) {
        Caller caller = currentCaller.require();
        return readings.rate(caller, id, request.rating(), request.feedback(), requestInfo.eventContext())
                .map(r -> response(r, caller));
    }

    private static ReadingResponse response(ReadingSession reading, Caller caller) {
        return ReadingResponse.of(reading, caller);
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
