package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.samiatarot.identity.TestUsers;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RecoveryTest {

    private static final Pattern TOKEN = Pattern.compile("token: ([A-Za-z0-9_-]{43})");

    @Inject
    MockMailbox mailbox;

    private String awaitToken(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email).stream()
                .anyMatch(mail -> mail.getSubject().contains(subjectPart)));
        List<Mail> mails = mailbox.getMailsSentTo(email);
        Mail mail = mails.stream().filter(m -> m.getSubject().contains(subjectPart)).reduce((a, b) -> b).orElseThrow();
        Matcher matcher = TOKEN.matcher(mail.getText());
        assertTrue(matcher.find(), "mail carries a token");
        return matcher.group(1);
    }

    @Test
    void theMailedTokenVerifiesTheEmailOnceOnly() throws Exception {
        TestUsers.Account user = TestUsers.client();
        String token = awaitToken(user.email(), "Confirm");
        given().contentType("application/json").body(Map.of("token", token))
                .when().post("/api/v1/auth/verify-email")
                .then().statusCode(200).body("emailVerified", equalTo(true));
        given().contentType("application/json").body(Map.of("token", token))
                .when().post("/api/v1/auth/verify-email")
                .then().statusCode(400).body("errors[0].field", equalTo("token"));
        try (Sql owner = Sql.as("identity_owner")) {
            assertEquals(0L, owner.scalar("select count(*) from identity.one_time_tokens where token_hash = ?", token),
                    "only the hash is stored");
        }
    }

    @Test
    void resendingTheVerificationMailIsRateLimited() {
        TestUsers.Account user = TestUsers.client();
        awaitToken(user.email(), "Confirm");
        given().header("Authorization", user.bearer()).when().post("/api/v1/auth/verify-email/resend")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aResetRequestAnswers202WhetherOrNotTheAccountExists() {
        TestUsers.Account user = TestUsers.client();
        String nobody = TestUsers.uniqueEmail();
        Response known = given().contentType("application/json").body(Map.of("email", user.email()))
                .when().post("/api/v1/auth/password-reset/request");
        Response unknown = given().contentType("application/json").body(Map.of("email", nobody))
                .when().post("/api/v1/auth/password-reset/request");
        known.then().statusCode(202);
        unknown.then().statusCode(202);
        assertEquals(known.getBody().asString(), unknown.getBody().asString(), "identical bodies");
        awaitToken(user.email(), "Reset");
        assertTrue(mailbox.getMailsSentTo(nobody).isEmpty(), "no mail for an unknown address");
    }

    @Test
    void aResetSetsTheNewPasswordRevokesSessionsAndTheTokenWorksOnce() {
        TestUsers.Account user = TestUsers.client();
        String refresh = TestUsers.login(user.email(), user.password()).then().statusCode(200).extract().path("refreshToken");
        given().contentType("application/json").body(Map.of("email", user.email()))
                .when().post("/api/v1/auth/password-reset/request").then().statusCode(202);
        String token = awaitToken(user.email(), "Reset");
        given().contentType("application/json").body(Map.of("token", token, "newPassword", "password123"))
                .when().post("/api/v1/auth/password-reset/confirm")
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().contentType("application/json").body(Map.of("token", token, "newPassword", "Brand-New-Secret-77"))
                .when().post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        given().contentType("application/json").body(Map.of("token", token, "newPassword", "Another-New-Secret-78"))
                .when().post("/api/v1/auth/password-reset/confirm").then().statusCode(400);
        LoginAndTokensTest.refresh(refresh).then().statusCode(401);
        TestUsers.login(user.email(), user.password()).then().statusCode(401);
        TestUsers.login(user.email(), "Brand-New-Secret-77").then().statusCode(200);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        TestUsers.Account user = TestUsers.client();
        given().header("Authorization", user.bearer()).contentType("application/json")
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "Changed-Secret-101"))
                .when().post("/api/v1/auth/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().header("Authorization", user.bearer()).contentType("application/json")
                .body(Map.of("currentPassword", user.password(), "newPassword", "Changed-Secret-101"))
                .when().post("/api/v1/auth/password").then().statusCode(204);
        TestUsers.login(user.email(), "Changed-Secret-101").then().statusCode(200);
    }

    @Test
    void registrationRefusesACommonPasswordOrTheEmailItself() {
        String email = TestUsers.uniqueEmail();
        given().contentType("application/json")
                .body(Map.of("email", email, "password", "qwertyuiop", "fullName", "X"))
                .when().post("/api/v1/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().contentType("application/json")
                .body(Map.of("email", email, "password", email, "fullName", "X"))
                .when().post("/api/v1/auth/register").then().statusCode(400).body("errors[0].field", equalTo("password"));
    }
}
