package com.samiatarot.identity.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.samiatarot.identity.config.JwtConfig;

import io.smallrye.jwt.build.Jwt;

/** Builds RS256 access tokens (DESIGN §5): iss, sub, upn, groups [role], jti, iat, exp, kid header. */
@ApplicationScoped
public class TokenIssuer {

    private final SigningKeys keys;
    private final String issuer;
    private final long ttlSeconds;

    public TokenIssuer(SigningKeys keys, JwtConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.keys = keys;
        this.issuer = issuer;
        this.ttlSeconds = config.accessTokenTtl().toSeconds();
    }

    public String accessToken(UUID userId, String email, String role) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .subject(userId.toString())
                .upn(email)
                .groups(Set.of(role))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(ttlSeconds))
                .jws().keyId(keys.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
    }

    public long ttlSeconds() {
        return ttlSeconds;
    }
}
