package com.samiatarot.identity.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.samiatarot.shared.api.Money;
import com.samiatarot.identity.domain.ReaderDirectory;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** The public reader directory and a reader's live-status toggle. */
@Path("/api/v1/readers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReaderResource {

    /** Public columns only: no email, phone, birth date or account bookkeeping. */
    public record ReaderResponse(UUID id, String displayName, String profileImageUrl, String bio, List<String> specializations,
                                 List<String> languages, Money ratePerMinute, Integer experienceYears, boolean online,
                                 String ratingAverage, int ratingCount) {

        static ReaderResponse of(ReaderDirectory.Entry entry) {
            var p = entry.profile();
            return new ReaderResponse(entry.user().id, entry.user().fullName, entry.user().profileImageUrl, entry.user().bio,
                    ProfileResponse.list(p.specializations), ProfileResponse.list(p.languages), Money.usd(p.readingRate),
                    p.experienceYears, p.online, p.ratingAverage == null ? null : p.ratingAverage.toPlainString(), p.ratingCount);
        }
    }

    public record Page(List<ReaderResponse> items, String nextCursor) {
    }

    public record StatusRequest(@NotNull Boolean online) {
    }

    public record StatusResponse(UUID id, boolean online) {
    }

    private final ReaderDirectory directory;
    private final com.samiatarot.identity.domain.Profiles profiles;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public ReaderResource(ReaderDirectory directory, com.samiatarot.identity.domain.Profiles profiles,
                          CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.directory = directory;
        this.profiles = profiles;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @GET
    public Uni<Page> list(@QueryParam("specialization") String specialization, @QueryParam("language") String language,
                          @QueryParam("maxRate") String maxRate, @QueryParam("online") Boolean online,
                          @QueryParam("sort") String sort, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        BigDecimal max = null;
        if (maxRate != null) {
            try {
                max = new BigDecimal(maxRate);
            } catch (NumberFormatException e) {
                throw DomainException.invalidField("maxRate", "must be a decimal amount");
            }
        }
        ReaderDirectory.Sort order = switch (sort == null ? "rating" : sort) {
            case "rating" -> ReaderDirectory.Sort.RATING;
            case "rate" -> ReaderDirectory.Sort.RATE;
            default -> throw DomainException.invalidField("sort", "must be rating or rate");
        };
        var filter = new ReaderDirectory.Filter(blankToNull(specialization), blankToNull(language), max, online);
        return directory.search(filter, order, cursor, UserResource.limit(limit))
                .map(page -> new Page(page.items().stream().map(ReaderResponse::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    public Uni<ReaderResponse> get(@PathParam("id") UUID id) {
        return directory.find(id).map(ReaderResponse::of);
    }

    @PUT
    @Path("/me/status")
    @Authenticated
    public Uni<StatusResponse> setStatus(@Valid @NotNull StatusRequest request) {
        var caller = currentCaller.require();
        return profiles.setOnline(caller, request.online(), requestInfo.eventContext())
                .map(view -> new StatusResponse(caller.id(), view.profile().online));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
