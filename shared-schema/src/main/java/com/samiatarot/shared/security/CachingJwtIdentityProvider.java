package com.samiatarot.shared.security;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer-token authentication in front of smallrye-jwt's own validator (higher priority, so it answers
 * every token request). A token seen before is accepted from {@link VerifiedTokens} on the event loop;
 * an unknown one is verified by smallrye-jwt's parser on a worker thread, as smallrye-jwt does itself,
 * because the first verification may fetch the JWKS over HTTP. The identity is rebuilt per request: it
 * carries the request's own routing context and credential.
 */
@ApplicationScoped
public class CachingJwtIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Counts bearer tokens by how they were accepted: {@code cached} or {@code verified} (signature checked). */
    public static final String METRIC = "auth_tokens_accepted";

    private final JWTParser parser;
    private final VerifiedTokens verified;
    private final Counter fromCache;
    private final Counter fromVerification;

    public CachingJwtIdentityProvider(JWTParser parser, MeterRegistry registry,
            @ConfigProperty(name = "samia.security.token-cache.ttl", defaultValue = "60s") Duration ttl,
            @ConfigProperty(name = "samia.security.token-cache.max-entries", defaultValue = "4096") int maxEntries) {
        this.parser = parser;
        this.verified = new VerifiedTokens(ttl, maxEntries, System::currentTimeMillis);
        this.fromCache = Counter.builder(METRIC).tag("by", "cached").register(registry);
        this.fromVerification = Counter.builder(METRIC).tag("by", "verified").register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // Quarkus ranks its own MpJwtValidator at SYSTEM_FIRST + 1 (1001, seen at runtime, not in its source):
        // a lower number would leave this provider unused without any error.
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String raw = request.getToken().getToken();
        JsonWebToken known = verified.find(raw);
        if (known != null) {
            fromCache.increment();
            return Uni.createFrom().item(identity(known, request));
        }
        return context.runBlocking(() -> {
            JsonWebToken token;
            try {
                token = parser.parse(raw);
            } catch (ParseException e) {
                throw new AuthenticationFailedException(e);
            }
            verified.remember(raw, token);
            fromVerification.increment();
            return identity(token, request);
        });
    }

    private static SecurityIdentity identity(JsonWebToken token, TokenAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredential(request.getToken())
                .addRoles(token.getGroups())
                .addAttribute("quarkus.user", token);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return identity.build();
    }
}
