package com.samiatarot.identity.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.identity.domain.Accounts;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UserResource {

    static final Set<String> EDITABLE = Set.of("fullName", "phoneNumber", "dateOfBirth", "timezone", "profileImageUrl",
            "bio", "preferences", "metadata");
    /** Refused by name (OWASP API3): these change only through their own flows, never through PATCH /me. */
    static final Set<String> PROTECTED = Set.of("id", "email", "role", "isActive", "active", "emailVerified", "password",
            "passwordHash", "createdAt", "updatedAt", "lastLogin", "loginCount", "deletedAt");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

    public record RoleRequest(@NotNull String role) {
    }

    public record DeactivateRequest(@Size(max = 500) String reason) {
    }

    public record Page(List<UserResponse> items, String nextCursor) {
    }

    private final Accounts accounts;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public UserResource(Accounts accounts, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.accounts = accounts;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @GET
    @Path("/me")
    public Uni<UserResponse> me() {
        return accounts.me(currentCaller.require()).map(UserResponse::of);
    }

    @PATCH
    @Path("/me")
    public Uni<UserResponse> updateMe(JsonNode body) {
        Caller caller = currentCaller.require();
        JsonFields.checkNames(body, EDITABLE, PROTECTED, "PATCH /users/me");
        Map<String, Object> changes = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> changes.put(field.getKey(), parse(field.getKey(), field.getValue())));
        return accounts.updateMe(caller, changes, requestInfo.eventContext()).map(UserResponse::of);
    }

    private static Object parse(String field, JsonNode value) {
        return switch (field) {
            case "fullName" -> JsonFields.text(value, field, 255, false, false);
            case "phoneNumber" -> {
                String phone = JsonFields.text(value, field, 20, true, false);
                if (phone != null && !PHONE.matcher(phone).matches()) {
                    throw DomainException.invalidField(field, "must be a phone number (digits, spaces, +, -, parentheses)");
                }
                yield phone;
            }
            case "dateOfBirth" -> JsonFields.pastDate(value, field);
            case "timezone" -> {
                String zone = JsonFields.text(value, field, 50, false, false);
                if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                    throw DomainException.invalidField(field, "must be an IANA time zone such as Europe/Paris");
                }
                yield zone;
            }
            case "profileImageUrl" -> JsonFields.url(value, field);
            case "bio" -> JsonFields.text(value, field, 2000, true, true);
            case "preferences", "metadata" -> JsonFields.object(value, field, true);
            default -> throw DomainException.invalidField(field, "is not accepted here");
        };
    }

    @DELETE
    @Path("/me")
    @Consumes(MediaType.WILDCARD)
    public Uni<RestResponse<Void>> deleteMe() {
        return accounts.deleteMe(currentCaller.require(), requestInfo.eventContext()).map(ignored -> RestResponse.noContent());
    }

    @GET
    public Uni<Page> list(@QueryParam("role") String role, @QueryParam("active") Boolean active, @QueryParam("q") String text,
                          @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return accounts.list(caller, role, active, text, cursor, limit(limit))
                .map(page -> new Page(page.items().stream().map(UserResponse::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    public Uni<UserResponse> get(@PathParam("id") UUID id) {
        return accounts.get(currentCaller.require(), id).map(UserResponse::of);
    }

    @PUT
    @Path("/{id}/role")
    public Uni<UserResponse> changeRole(@PathParam("id") UUID id, @Valid @NotNull RoleRequest request) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return accounts.changeRole(caller, id, request.role(), requestInfo.eventContext()).map(UserResponse::of);
    }

    @POST
    @Path("/{id}/deactivate")
    public Uni<UserResponse> deactivate(@PathParam("id") UUID id, @Valid DeactivateRequest request) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        return accounts.deactivate(caller, id, reason, requestInfo.eventContext()).map(UserResponse::of);
    }

    @POST
    @Path("/{id}/reactivate")
    @Consumes(MediaType.WILDCARD)
    public Uni<UserResponse> reactivate(@PathParam("id") UUID id) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return accounts.reactivate(caller, id, requestInfo.eventContext()).map(UserResponse::of);
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return 20;
        }
        if (limit < 1 || limit > 100) {
            throw DomainException.invalidField("limit", "must be between 1 and 100");
        }
        return limit;
    }
}
