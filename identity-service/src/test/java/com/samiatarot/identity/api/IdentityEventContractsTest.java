package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.identity.TestUsers;
import com.samiatarot.identity.security.OpaqueTokens;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One account's whole life through the API; every identity event it causes is read back from Kafka and
 * validated against its JSON Schema (token.reuse_detected, reader.status_changed and config.changed are
 * checked where they happen, in LoginAndTokensTest and ProfilesReadersConfigTest).
 */
@QuarkusTest
class IdentityEventContractsTest {

    private static final Pattern TOKEN = Pattern.compile("token: ([A-Za-z0-9_-]{43})");

    @Inject
    MockMailbox mailbox;

    private String mailedToken(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email).stream()
                .anyMatch(mail -> mail.getSubject().contains(subjectPart)));
        Matcher m = TOKEN.matcher(mailbox.getMailsSentTo(email).stream().filter(mail -> mail.getSubject().contains(subjectPart))
                .reduce((a, b) -> b).orElseThrow().getText());
        m.find();
        return m.group(1);
    }

    @Test
    void everyEventOfAnAccountsLifeConformsToItsSchema() {
        try (KafkaProbe probe = KafkaProbe.listen(Topics.IDENTITY)) {
            TestUsers.Account user = TestUsers.client();
            String subject = user.id().toString();
            String admin = TestTokens.bearer(UUID.randomUUID(), "admin");

            given().contentType("application/json").body(Map.of("token", mailedToken(user.email(), "Confirm")))
                    .when().post("/api/v1/auth/verify-email").then().statusCode(200);
            TestUsers.login(user.email(), "definitely-wrong-password").then().statusCode(401);
            TestUsers.login(user.email(), user.password()).then().statusCode(200);
            given().header("Authorization", user.bearer()).contentType("application/json")
                    .body(Map.of("currentPassword", user.password(), "newPassword", "Journey-Secret-2027"))
                    .when().post("/api/v1/auth/password").then().statusCode(204);
            given().contentType("application/json").body(Map.of("email", user.email()))
                    .when().post("/api/v1/auth/password-reset/request").then().statusCode(202);
            given().header("Authorization", admin).contentType("application/json").body(Map.of("role", "reader"))
                    .when().put("/api/v1/users/" + user.id() + "/role").then().statusCode(200);
            String readerBearer = TestTokens.bearer(user.id(), "reader");
            given().header("Authorization", readerBearer).contentType("application/json")
                    .body(Map.of("specializations", List.of("career"), "readingRate", Map.of("amount", "1.25", "currency", "USD"),
                            "availabilitySchedule", List.of(Map.of("day", "tue", "start", "18:00", "end", "21:00"))))
                    .when().put("/api/v1/profiles/me").then().statusCode(200);
            given().header("Authorization", admin).contentType("application/json").body(Map.of("reason", "investigation"))
                    .when().post("/api/v1/users/" + user.id() + "/deactivate").then().statusCode(200);
            given().header("Authorization", admin).when().post("/api/v1/users/" + user.id() + "/reactivate").then().statusCode(200);
            given().header("Authorization", readerBearer).when().delete("/api/v1/users/me").then().statusCode(204);

            List<String> types = List.of("user.registered", "user.email_verified", "user.logged_in", "user.password_changed",
                    "user.password_reset_requested", "user.role_changed", "profile.updated", "user.deactivated",
                    "user.reactivated", "user.deleted");
            String accountKey = OpaqueTokens.sha256Hex(user.email());
            List<JsonNode> all = probe.awaitAll(event -> (subject.equals(event.path("subject").asText())
                    && types.contains(event.path("type").asText()))
                    || (accountKey.equals(event.path("subject").asText()) && "user.login_failed".equals(event.path("type").asText())),
                    types.size() + 1, Duration.ofSeconds(60));
            JsonNode failed = all.stream().filter(event -> "user.login_failed".equals(event.path("type").asText())).findFirst().orElseThrow();
            List<JsonNode> events = all.stream().filter(event -> event != failed).toList();
            assertEquals(new java.util.TreeSet<>(types),
                    new java.util.TreeSet<>(events.stream().map(event -> event.path("type").asText()).toList()));
            for (JsonNode event : events) {
                String type = event.path("type").asText();
                EventContracts.assertConforms(event);
                assertEquals(subject, event.path("data").path("userId").asText(), type + " names the user");
                assertFalse(event.toString().contains(user.email()), type + " carries no email");
                assertFalse(event.toString().contains("Journey-Secret-2027"), type + " carries no password");
            }
            JsonNode profile = events.stream().filter(event -> "profile.updated".equals(event.path("type").asText())).findFirst().orElseThrow();
            assertEquals("tue 18:00-21:00", profile.at("/data/availabilitySchedule/0/day").asText() + " "
                    + profile.at("/data/availabilitySchedule/0/start").asText() + "-" + profile.at("/data/availabilitySchedule/0/end").asText(),
                    "the reader directory projections learn the weekly slots");
            EventContracts.assertConforms(failed);
            assertEquals("bad_credentials", failed.path("data").path("reason").asText());
            assertFalse(failed.path("data").path("ip").isNull(), "failed logins carry the client ip for audit");
        }
    }
}
