package com.samiatarot.identity.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.samiatarot.identity.domain.PlatformConfiguration;
import com.samiatarot.identity.persistence.SystemConfiguration;
import com.samiatarot.shared.problem.DomainException;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.security.Roles;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/** Platform configuration: admins read (sensitive values masked unless super_admin), super_admins write. */
@Path("/api/v1/config")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ConfigResource {

    static final String MASK = "********";

    public record ConfigEntry(String key, JsonNode value, String valueType, String description, boolean sensitive,
                              String requiredRole, Map<String, Object> validationRules, OffsetDateTime updatedAt, UUID updatedBy) {
    }

    public record ChangeRequest(JsonNode value) {
    }

    public record Items(List<ConfigEntry> items) {
    }

    private final PlatformConfiguration configuration;
    private final CurrentCaller currentCaller;
    private final RequestInfo requestInfo;

    public ConfigResource(PlatformConfiguration configuration, CurrentCaller currentCaller, RequestInfo requestInfo) {
        this.configuration = configuration;
        this.currentCaller = currentCaller;
        this.requestInfo = requestInfo;
    }

    @GET
    public Uni<Items> list() {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return configuration.list(caller).map(entries -> new Items(entries.stream().map(e -> entry(e, caller)).toList()));
    }

    @GET
    @Path("/{key}")
    public Uni<ConfigEntry> get(@PathParam("key") String key) {
        Caller caller = currentCaller.requireRole(Roles.ADMIN, Roles.SUPER_ADMIN);
        return configuration.get(caller, key).map(e -> entry(e, caller));
    }

    @PUT
    @Path("/{key}")
    public Uni<ConfigEntry> change(@PathParam("key") String key, ChangeRequest request) {
        Caller caller = currentCaller.requireRole(Roles.SUPER_ADMIN);
        if (request == null || request.value() == null || request.value().isNull()) {
            throw DomainException.invalidField("value", "is required");
        }
        return configuration.change(caller, key, request.value(), requestInfo.eventContext()).map(e -> entry(e, caller));
    }

    private ConfigEntry entry(SystemConfiguration e, Caller caller) {
        JsonNode value = e.sensitive && !caller.isSuperAdmin() ? TextNode.valueOf(MASK) : configuration.asJson(e);
        return new ConfigEntry(e.key, value, e.valueType, e.description, e.sensitive, e.requiredRole, e.validationRules,
                e.updatedAt, e.updatedBy);
    }
}
