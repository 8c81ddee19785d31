package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import com.samiatarot.identity.TestUsers;
import com.samiatarot.shared.security.CachingJwtIdentityProvider;
import com.samiatarot.shared.testing.TestTokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Every forged or stale token is a 401 problem, never a 200 and never a 500. */
@QuarkusTest
class TokenTamperingTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private static String claimsJson(String sub, String role, long exp) {
        return "{\"iss\":\"" + TestTokens.ISSUER + "\",\"sub\":\"" + sub + "\",\"upn\":\"x@example.com\",\"groups\":[\"" + role
                + "\"],\"iat\":" + Instant.now().getEpochSecond() + ",\"exp\":" + exp + ",\"jti\":\"j-1\"}";
    }

    private static void assertRefused(String token) {
        given().header("Authorization", "Bearer " + token)
                .when().get("/api/v1/users/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aValidTokenIsAcceptedSoTheRefusalsBelowAreAboutTheForgery() {
        TestUsers.Account user = TestUsers.client();
        given().header("Authorization", user.bearer()).when().get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        TestUsers.Account user = TestUsers.client();
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"test-key\"}".getBytes(StandardCharsets.UTF_8));
        String payload = B64.encodeToString(claimsJson(user.id().toString(), "super_admin", Instant.now().getEpochSecond() + 600)
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyAsSecretIsRefused() throws Exception {
        TestUsers.Account user = TestUsers.client();
        byte[] publicPem;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            publicPem = in.readAllBytes();
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson(user.id().toString(), "super_admin", Instant.now().getEpochSecond() + 600));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue("test-key");
        jws.setKey(new HmacKey(publicPem));
        jws.setDoKeyValidation(false);
        assertRefused(jws.getCompactSerialization());
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestUsers.Account user = TestUsers.client();
        String token = Jwt.issuer(TestTokens.ISSUER).subject(user.id().toString()).upn(user.email()).groups(Set.of("client"))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800))
                .jws().keyId("test-key").sign(TestTokens.PRIVATE_KEY);
        assertRefused(token);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        TestUsers.Account user = TestUsers.client();
        String token = Jwt.issuer("https://evil.example").subject(user.id().toString()).upn(user.email()).groups(Set.of("client"))
                .expiresIn(600).jws().keyId("test-key").sign(TestTokens.PRIVATE_KEY);
        assertRefused(token);
    }

    @Test
    void aTokenNamingAnotherKeyIdIsRefusedEvenWithTheRightSignature() {
        TestUsers.Account user = TestUsers.client();
        String token = Jwt.issuer(TestTokens.ISSUER).subject(user.id().toString()).upn(user.email()).groups(Set.of("client"))
                .expiresIn(600).jws().keyId("retired-key").sign(TestTokens.PRIVATE_KEY);
        assertRefused(token);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefused() throws Exception {
        TestUsers.Account user = TestUsers.client();
        KeyPair stranger = KeyUtils.generateKeyPair(2048);
        String token = Jwt.issuer(TestTokens.ISSUER).subject(user.id().toString()).upn(user.email()).groups(Set.of("client"))
                .expiresIn(600).jws().keyId("test-key").sign(stranger.getPrivate());
        assertRefused(token);
    }

    @Test
    void aTokenWhoseGroupsWereEditedAfterSigningIsRefused() {
        TestUsers.Account user = TestUsers.client();
        String[] parts = TestTokens.forUser(user.id(), "client", user.email()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"client\"", "\"super_admin\"");
        assertRefused(parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void aRequestWithoutTokenIsA401Problem() {
        given().when().get("/api/v1/users/me").then().statusCode(401).contentType("application/problem+json");
    }
    @Inject
    MeterRegistry registry;

    private double accepted(String by) {
        Counter counter = registry.find(CachingJwtIdentityProvider.METRIC).tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aTokenIsVerifiedOnceAndThenAcceptedFromTheReplicasCache() {
        TestUsers.Account user = TestUsers.client();
        String token = TestTokens.forUser(user.id(), "client", user.email());
        double verified = accepted("verified");
        double cached = accepted("cached");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me")
                    .then().statusCode(200).body("id", equalTo(user.id().toString()));
        }
        // >= because other tests' requests may run at the same time; at least our 2 repeats came from the cache
        assertTrue(accepted("verified") - verified >= 1);
        assertTrue(accepted("cached") - cached >= 2, "repeated requests with one token are answered from the cache");
    }

    @Test
    void aTokenAcceptedBeforeStaysRefusedWhenItsSignatureIsAltered() {
        TestUsers.Account user = TestUsers.client();
        String token = TestTokens.forUser(user.id(), "client", user.email());
        for (int i = 0; i < 3; i++) { // verified once, then answered from the replica's verified-token cache
            given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me").then().statusCode(200);
        }
        char last = token.charAt(token.length() - 2);
        assertRefused(token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void cachedTokensNeverLendOneCallersIdentityToAnother() {
        TestUsers.Account first = TestUsers.client();
        TestUsers.Account second = TestUsers.client();
        String firstToken = first.bearer();
        String secondToken = second.bearer();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", firstToken).when().get("/api/v1/users/me")
                    .then().statusCode(200).body("id", equalTo(first.id().toString()));
            given().header("Authorization", secondToken).when().get("/api/v1/users/me")
                    .then().statusCode(200).body("id", equalTo(second.id().toString()));
        }
    }
}
