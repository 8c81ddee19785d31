package com.samiatarot.identity.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.samiatarot.identity.domain.Registration;
import com.samiatarot.shared.web.RequestInfo;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Registration registration;
    private final RequestInfo requestInfo;

    public AuthResource(Registration registration, RequestInfo requestInfo) {
        this.registration = registration;
        this.requestInfo = requestInfo;
    }

    @POST
    @Path("/register")
    public Uni<RestResponse<UserResponse>> register(@Valid @NotNull RegisterRequest request) {
        return registration.register(request.email(), request.password(), request.fullName(), requestInfo.eventContext())
                .map(user -> RestResponse.ResponseBuilder.<UserResponse>created(URI.create("/api/v1/users/" + user.id))
                        .entity(UserResponse.of(user)).build());
    }
}
