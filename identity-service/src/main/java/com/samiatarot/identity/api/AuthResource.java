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

import com.samiatarot.identity.domain.AccountRecovery;
import com.samiatarot.identity.domain.Authentication;
import com.samiatarot.identity.domain.Registration;
import com.samiatarot.shared.security.Caller;
import com.samiatarot.shared.security.CurrentCaller;
import com.samiatarot.shared.web.RequestInfo;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Registration registration;
    private final Authentication authentication;
    private final AccountRecovery recovery;
    private final RequestInfo requestInfo;
    private final CurrentCaller currentCaller;

    public AuthResource(Registration registration, Authentication authentication, AccountRecovery recovery,
                        RequestInfo requestInfo, CurrentCaller currentCaller) {
        this.registration = registration;
        this.authentication = authentication;
        this.recovery = recovery;
        this.requestInfo = requestInfo;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/register")
    public Uni<RestResponse<UserResponse>> register(@Valid @NotNull RegisterRequest request) {
        return registration.register(request.email(), request.password(), request.fullName(), requestInfo.eventContext())
                .map(user -> RestResponse.ResponseBuilder.<UserResponse>created(URI.create("/api/v1/users/" + user.id))
                        .entity(UserResponse.of(user)).build());
    }

    @POST
    @Path("/login")
    public Uni<TokenResponse> login(@Valid @NotNull AuthRequests.Login request) {
        return authentication.login(request.email(), request.password(), requestInfo.clientIp(), requestInfo.eventContext())
                .map(TokenResponse::of);
    }

    @POST
    @Path("/refresh")
    public Uni<TokenResponse> refresh(@Valid @NotNull AuthRequests.Refresh request) {
        return authentication.refresh(request.refreshToken(), requestInfo.clientIp(), requestInfo.eventContext())
                .map(TokenResponse::of);
    }

    @POST
    @Path("/logout")
    @Authenticated
    public Uni<RestResponse<Void>> logout(@Valid @NotNull AuthRequests.Refresh request) {
        return authentication.logout(currentCaller.require(), request.refreshToken()).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/logout-all")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Uni<RestResponse<Void>> logoutAll() {
        return authentication.logoutEverywhere(currentCaller.require()).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/verify-email")
    public Uni<UserResponse> verifyEmail(@Valid @NotNull AuthRequests.OneTimeToken request) {
        return recovery.verifyEmail(request.token(), requestInfo.eventContext()).map(UserResponse::of);
    }

    @POST
    @Path("/verify-email/resend")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    public Uni<RestResponse<Void>> resendVerification() {
        return recovery.resendVerification(currentCaller.require()).map(ignored -> RestResponse.accepted());
    }

    /** 202 whether or not the email has an account: the answer never tells (no account enumeration). */
    @POST
    @Path("/password-reset/request")
    public Uni<RestResponse<Void>> requestPasswordReset(@Valid @NotNull AuthRequests.ResetRequest request) {
        return recovery.requestPasswordReset(request.email(), requestInfo.eventContext()).map(ignored -> RestResponse.accepted());
    }

    @POST
    @Path("/password-reset/confirm")
    public Uni<RestResponse<Void>> confirmPasswordReset(@Valid @NotNull AuthRequests.ResetConfirm request) {
        return recovery.confirmPasswordReset(request.token(), request.newPassword(), requestInfo.eventContext())
                .map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/password")
    @Authenticated
    public Uni<RestResponse<Void>> changePassword(@Valid @NotNull AuthRequests.ChangePassword request) {
        Caller caller = currentCaller.require();
        return recovery.changePassword(caller, request.currentPassword(), request.newPassword(),
                requestInfo.eventContext().withActor(caller.id(), caller.role())).map(ignored -> RestResponse.noContent());
    }
}
