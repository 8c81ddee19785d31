package com.samiatarot.identity.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Signing and publication of access tokens; refresh token lifetime. */
@ConfigMapping(prefix = "samia.jwt")
public interface JwtConfig {

    /** PEM (PKCS#8) private key: a file path, or a classpath resource (tests). */
    String privateKeyLocation();

    /** PEM public half of the signing key, published in the JWKS under {@link #keyId()}. */
    String publicKeyLocation();

    String keyId();

    /** Comma-separated extra verification keys still published during a rotation: {@code kid=path} or {@code path}. */
    Optional<String> extraPublicKeys();

    Duration accessTokenTtl();

    Duration refreshTokenTtl();
}
