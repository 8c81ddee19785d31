package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.identity.TestUsers;
import com.samiatarot.identity.security.OpaqueTokens;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;

@QuarkusTest
class LoginAndTokensTest {

    @Test
    void loginIssuesAnRs256AccessTokenWithTheAgreedClaimsAndARefreshToken() throws Exception {
        TestUsers.Account user = TestUsers.client();
        Response response = TestUsers.login(user.email(), user.password());
        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue());
        String jwt = response.path("accessToken");
        JsonNode header = TestUsers.header(jwt);
        JsonNode claims = TestUsers.claims(jwt);
        assertEquals("RS256", header.path("alg").asText());
        assertEquals("test-key", header.path("kid").asText());
        assertEquals("https://samia-tarot.local", claims.path("iss").asText());
        assertEquals(user.id().toString(), claims.path("sub").asText());
        assertEquals(user.email(), claims.path("upn").asText());
        assertEquals("client", claims.path("groups").get(0).asText());
        assertFalse(claims.path("jti").asText().isBlank());
        assertEquals(900, claims.path("exp").asLong() - claims.path("iat").asLong());
        // 256 random bits, base64url without padding
        assertEquals(43, response.<String>path("refreshToken").length());

        given().header("Authorization", "Bearer " + jwt).when().get("/api/v1/users/me")
                .then().statusCode(200)
                .body("id", equalTo(user.id().toString()))
                .body("loginCount", equalTo(1))
                .body("lastLogin", notNullValue());
    }

    @Test
    void refreshTokensAreStoredOnlyAsTheirSha256() throws Exception {
        TestUsers.Account user = TestUsers.client();
        String refresh = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        try (Sql owner = Sql.as("identity_owner")) {
            assertEquals(0L, owner.scalar("select count(*) from identity.refresh_tokens where token_hash = ?", refresh));
            assertEquals(1L, owner.scalar("select count(*) from identity.refresh_tokens where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", refresh));
        }
    }

    @Test
    void jwksPublishesTheSigningKeyAsAnRs256Jwk() throws Exception {
        RSAPublicKey testKey;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            testKey = (RSAPublicKey) KeyUtils.decodePublicKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String expectedN = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned(testKey.getModulus().toByteArray()));
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].kid", equalTo("test-key"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].e", equalTo("AQAB"))
                .body("keys[0].n", equalTo(expectedN))
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    @Test
    void wrongPasswordUnknownEmailAndInactiveAccountAllGetTheSame401() {
        TestUsers.Account user = TestUsers.client();
        TestUsers.Account inactive = TestUsers.client();
        TestUsers.asService("update identity.users set is_active = false where id = ?", inactive.id());

        List<Response> answers = List.of(
                TestUsers.login(user.email(), "not-the-right-password"),
                TestUsers.login(TestUsers.uniqueEmail(), "whatever-password-1"),
                TestUsers.login(inactive.email(), inactive.password()));
        Set<String> details = new HashSet<>();
        for (Response answer : answers) {
            answer.then().statusCode(401).contentType("application/problem+json");
            details.add(answer.path("detail"));
        }
        assertEquals(1, details.size(), "one indistinguishable answer: " + details);
    }

    @Test
    void fiveFailuresOnOneAccountThrottleItWith429AndRetryAfterEvenForTheRightPassword() {
        TestUsers.Account user = TestUsers.client();
        for (int i = 0; i < 5; i++) {
            TestUsers.login(user.email(), "wrong-password-" + i).then().statusCode(401);
        }
        Response throttled = TestUsers.login(user.email(), user.password());
        throttled.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After within the 15 minute window: " + retryAfter);
    }

    @Test
    void failuresSeenByAnotherReplicaThrottleThisOneAndASuccessClearsTheAccountWindow() {
        TestUsers.Account user = TestUsers.client();
        String accountKey = OpaqueTokens.sha256Hex(user.email().toLowerCase(java.util.Locale.ROOT));
        // four failures recorded by another identity replica: the window lives in the database
        for (int i = 0; i < 4; i++) {
            TestUsers.asService("insert into identity.login_failures (scope, subject) values ('account', ?)", accountKey);
        }
        TestUsers.login(user.email(), user.password()).then().statusCode(200);
        assertEquals(0, TestUsers.asService("delete from identity.login_failures where scope = 'account' and subject = ?", accountKey),
                "a successful sign-in forgets the account's failures");

        for (int i = 0; i < 5; i++) {
            TestUsers.asService("insert into identity.login_failures (scope, subject) values ('account', ?)", accountKey);
        }
        TestUsers.login(user.email(), user.password()).then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void twentyFailuresFromOneClientIpThrottleThatIpAcrossAccounts() {
        String ip = TestUsers.randomIp();
        for (int i = 0; i < 20; i++) {
            given().contentType("application/json").header("X-Forwarded-For", ip)
                    .body("{\"email\":\"" + TestUsers.uniqueEmail() + "\",\"password\":\"some-password-1\"}")
                    .when().post("/api/v1/auth/login").then().statusCode(401);
        }
        TestUsers.Account user = TestUsers.client();
        given().contentType("application/json").header("X-Forwarded-For", ip)
                .body("{\"email\":\"" + user.email() + "\",\"password\":\"" + user.password() + "\"}")
                .when().post("/api/v1/auth/login")
                .then().statusCode(429).header("Retry-After", notNullValue());
        // the same account from another address is not affected by that address's history
        TestUsers.login(user.email(), user.password()).then().statusCode(200);
    }

    @Test
    void refreshRotatesAndTheOldTokenDies() {
        TestUsers.Account user = TestUsers.client();
        String first = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        Response rotated = refresh(first);
        rotated.then().statusCode(200).body("accessToken", notNullValue());
        String second = rotated.path("refreshToken");
        assertNotEquals(first, second);
        assertEquals(user.id().toString(), TestUsers.claims(rotated.path("accessToken")).path("sub").asText());
        refresh(second).then().statusCode(200);
    }

    @Test
    void reusedRefreshTokenRevokesTheWholeFamily() {
        TestUsers.Account user = TestUsers.client();
        String first = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        String otherSession = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        String second = refresh(first).then().statusCode(200).extract().path("refreshToken");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.IDENTITY)) {
            refresh(first).then().statusCode(401).contentType("application/problem+json");
            JsonNode event = probe.await(KafkaProbe.ofType("token.reuse_detected", user.id().toString()), Duration.ofSeconds(60));
            EventContracts.assertConforms(event);
        }
        // the legitimate successor dies with the family; another login's family lives on
        refresh(second).then().statusCode(401);
        refresh(otherSession).then().statusCode(200);
    }

    @Test
    void logoutRevokesTheSessionAndLogoutAllRevokesEverySession() {
        TestUsers.Account user = TestUsers.client();
        Response a = TestUsers.login(user.email(), user.password());
        Response b = TestUsers.login(user.email(), user.password());
        Response c = TestUsers.login(user.email(), user.password());
        given().header("Authorization", "Bearer " + a.path("accessToken")).contentType("application/json")
                .body(Map.of("refreshToken", a.path("refreshToken")))
                .when().post("/api/v1/auth/logout").then().statusCode(204);
        refresh(a.path("refreshToken")).then().statusCode(401);
        String bNext = refresh(b.path("refreshToken")).then().statusCode(200).extract().path("refreshToken");

        given().header("Authorization", "Bearer " + c.path("accessToken"))
                .when().post("/api/v1/auth/logout-all").then().statusCode(204);
        refresh(bNext).then().statusCode(401);
        refresh(c.path("refreshToken")).then().statusCode(401);
    }

    @Test
    void anUnknownRefreshTokenIsA401Problem() {
        refresh("not-a-token-we-issued").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBootstrapSuperAdminExistsAndCanSignIn() {
        Response response = TestUsers.login(TestUsers.BOOTSTRAP_EMAIL, TestUsers.BOOTSTRAP_PASSWORD);
        response.then().statusCode(200);
        assertEquals("super_admin", TestUsers.claims(response.path("accessToken")).path("groups").get(0).asText());
    }

    static Response refresh(String token) {
        return given().contentType("application/json").body(Map.of("refreshToken", token))
                .when().post("/api/v1/auth/refresh");
    }
}
