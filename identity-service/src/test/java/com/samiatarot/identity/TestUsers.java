package com.samiatarot.identity;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samiatarot.shared.testing.Sql;
import com.samiatarot.shared.testing.TestTokens;

import io.restassured.response.Response;

/** Builders for real accounts in samia_test: registered through the API, promoted with the service claim. */
public final class TestUsers {

    public static final String PASSWORD = "Tarot-Test-Secret-42";
    public static final String BOOTSTRAP_EMAIL = "root-admin@test.samia.local";
    public static final String BOOTSTRAP_PASSWORD = "Bootstrap-Test-Secret-2026";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Account(UUID id, String email, String password, String role) {
        public String bearer() {
            return TestTokens.bearer(id, role);
        }
    }

    private TestUsers() {
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** A documentation-range address, different per call: keeps per-IP throttling of one test away from others. */
    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    public static Account client() {
        return create("client", "Test Client");
    }

    public static Account create(String role, String fullName) {
        String email = uniqueEmail();
        String id = given().contentType("application/json")
                .body("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"" + fullName + "\"}")
                .when().post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("id");
        UUID userId = UUID.fromString(id);
        if (!"client".equals(role)) {
            asService("update identity.users set role = ? where id = ?", role, userId);
            asService("update identity.user_profiles set profile_type = ? where user_id = ?",
                    switch (role) {
                        case "reader" -> "reader";
                        case "admin", "super_admin" -> "admin";
                        default -> "client";
                    }, userId);
        }
        return new Account(userId, email, PASSWORD, role);
    }

    /** Direct writes as the schema owner with the service claim (the column guard trigger allows it). */
    public static int asService(String sql, Object... params) {
        try (Sql owner = Sql.as("identity_owner")) {
            owner.query("select set_config('request.jwt.claims', '{\"role\":\"service\"}', false)");
            return owner.update(sql, params);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static Response login(String email, String password) {
        return given().contentType("application/json").header("X-Forwarded-For", randomIp())
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .when().post("/api/v1/auth/login");
    }

    public static JsonNode claims(String jwt) {
        return decodePart(jwt, 1);
    }

    public static JsonNode header(String jwt) {
        return decodePart(jwt, 0);
    }

    private static JsonNode decodePart(String jwt, int index) {
        try {
            return MAPPER.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
