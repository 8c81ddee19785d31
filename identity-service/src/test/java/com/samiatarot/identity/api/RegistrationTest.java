package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegistrationTest {

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static String body(String email, String password, String fullName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"fullName\":\"" + fullName + "\"}";
    }

    @Test
    void registrationStoresAClientAndPublishesUserRegisteredThroughTheOutbox() throws Exception {
        String email = uniqueEmail();
        try (KafkaProbe probe = KafkaProbe.listen(Topics.IDENTITY)) {
            String id = given().contentType("application/json")
                    .body(body("  " + email.toUpperCase() + " ", "a-long-enough-secret", "Ada Lovelace"))
                    .when().post("/api/v1/auth/register")
                    .then().statusCode(201)
                    .body("email", equalTo(email))
                    .body("role", equalTo("client"))
                    .body("emailVerified", equalTo(false))
                    .body("id", notNullValue())
                    .extract().path("id");

            JsonNode event = probe.await(KafkaProbe.ofType("user.registered", id), Duration.ofSeconds(60));
            EventContracts.assertConforms(event);
            assertEquals(id, event.path("data").path("actorId").asText());
            assertFalse(event.toString().contains("a-long-enough-secret"), "no password in events");
            assertFalse(event.toString().contains(email), "no email in events");
        }
    }

    @Test
    void passwordIsStoredAsAnArgon2idHashNeverInPlainText() throws Exception {
        String email = uniqueEmail();
        given().contentType("application/json").body(body(email, "another-long-secret", "Grace Hopper"))
                .when().post("/api/v1/auth/register").then().statusCode(201);
        try (Sql owner = Sql.as("identity_owner")) {
            String hash = (String) owner.scalar("select password_hash from identity.users where email = ?", email);
            assertEquals(true, hash.startsWith("$argon2id$v=19$"));
        }
    }

    @Test
    void aSecondAccountWithTheSameEmailIsAConflict() {
        String email = uniqueEmail();
        given().contentType("application/json").body(body(email, "first-long-secret", "First"))
                .when().post("/api/v1/auth/register").then().statusCode(201);
        given().contentType("application/json").body(body(email.toUpperCase(), "second-long-secret", "Second"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void invalidInputIsAProblemNamingEachField() {
        given().contentType("application/json").body(body(uniqueEmail(), "short", ""))
                .when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("fullName"));
    }

    @Test
    void anEmailOutsideTheSeedFormatIsRefused() {
        given().contentType("application/json").body(body("not-an-email", "long-enough-secret", "X"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void choosingOneselfARoleAtSignUpIsRefused() {
        given().contentType("application/json")
                .body("{\"email\":\"" + uniqueEmail() + "\",\"password\":\"long-enough-secret\",\"fullName\":\"X\",\"role\":\"admin\"}")
                .when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().contentType("application/json").body("{\"email\": ")
                .when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON."));
    }
}
