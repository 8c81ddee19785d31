package com.samiatarot.identity.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

import com.samiatarot.identity.config.JwtConfig;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The RS256 signing key and every public key the JWKS publishes: the current one plus those still
 * valid during a rotation. Keys come from PEM files (a Kubernetes secret, the local stack's
 * .data/keys) or, in tests, from the shared test key pair on the classpath. Loaded once: a missing
 * or unreadable key stops the service at start rather than at the first login.
 */
@ApplicationScoped
public class SigningKeys {

    private final PrivateKey privateKey;
    private final String keyId;
    private final List<Map<String, Object>> jwks;

    public SigningKeys(JwtConfig config) {
        this.keyId = config.keyId();
        this.privateKey = (PrivateKey) read(config.privateKeyLocation(), true);
        List<Map<String, Object>> keys = new ArrayList<>();
        keys.add(jwk(keyId, (RSAPublicKey) read(config.publicKeyLocation(), false)));
        for (String entry : config.extraPublicKeys().orElse("").split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String location = eq < 0 ? trimmed : trimmed.substring(eq + 1).strip();
            RSAPublicKey key = (RSAPublicKey) read(location, false);
            String kid = eq < 0 ? thumbprint(key) : trimmed.substring(0, eq).strip();
            keys.add(jwk(kid, key));
        }
        this.jwks = List.copyOf(keys);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }

    /** {@code {"keys":[{kty, n, e, kid, alg, use}, ...]}}. */
    public Map<String, Object> jwks() {
        return Map.of("keys", jwks);
    }

    private static Map<String, Object> jwk(String kid, RSAPublicKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return new LinkedHashMap<>(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static String thumbprint(RSAPublicKey key) {
        return new RsaJsonWebKey(key).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    private static java.security.Key read(String location, boolean privateKey) {
        String pem = readText(location);
        try {
            PrivateKey priv = privateKey ? KeyUtils.decodePrivateKey(pem) : null;
            PublicKey pub = privateKey ? null : KeyUtils.decodePublicKey(pem);
            return privateKey ? priv : pub;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("JWT key at " + location + " is not a valid RSA PEM key", e);
        }
    }

    private static String readText(String location) {
        try {
            Path path = Path.of(location);
            if (Files.isRegularFile(path)) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("JWT key not found at " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("JWT key unreadable at " + location, e);
        }
    }
}
