package com.samiatarot.identity.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.samiatarot.identity.TestUsers;
import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.EventContracts;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProfilesReadersConfigTest {

    private static Map<String, Object> readerProfile(String specialization) {
        return Map.of("specializations", List.of(specialization, "love"), "languages", List.of("en", "ar"),
                "readingRate", Map.of("amount", "2.50", "currency", "USD"), "experienceYears", 7,
                "availabilitySchedule", List.of(Map.of("day", "mon", "start", "09:00", "end", "12:00")));
    }

    @Test
    void aReaderEditsReaderFieldsAndTheDirectoryShowsThem() {
        TestUsers.Account reader = TestUsers.create("reader", "Madame Sosostris");
        String specialization = "spec-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", reader.bearer()).contentType("application/json").body(readerProfile(specialization))
                .when().put("/api/v1/profiles/me")
                .then().statusCode(200)
                .body("profileType", equalTo("reader"))
                .body("readingRate.amount", equalTo("2.50"))
                .body("languages", hasItem("ar"));
        given().queryParam("specialization", specialization).when().get("/api/v1/readers")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].displayName", equalTo("Madame Sosostris"))
                .body("items[0].ratePerMinute.amount", equalTo("2.50"))
                .body("items[0].email", nullValue());
        given().queryParam("specialization", specialization).queryParam("maxRate", "1.00").when().get("/api/v1/readers")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("sort", "price").when().get("/api/v1/readers").then().statusCode(400);
    }

    @Test
    void aClientCannotSetReaderFieldsAndDerivedFieldsAreRefusedByName() {
        TestUsers.Account client = TestUsers.client();
        given().header("Authorization", client.bearer()).contentType("application/json")
                .body(Map.of("readingRate", Map.of("amount", "1.00", "currency", "USD")))
                .when().put("/api/v1/profiles/me")
                .then().statusCode(400).body("errors[0].field", equalTo("readingRate"));
        given().header("Authorization", client.bearer()).contentType("application/json").body(Map.of("ratingCount", 500))
                .when().put("/api/v1/profiles/me").then().statusCode(400).body("errors[0].field", equalTo("ratingCount"));
        given().header("Authorization", client.bearer()).contentType("application/json")
                .body(Map.of("preferredReaders", List.of(UUID.randomUUID().toString()), "socialLinks", Map.of("x", "@me")))
                .when().put("/api/v1/profiles/me")
                .then().statusCode(200).body("profileType", equalTo("client")).body("socialLinks.x", equalTo("@me"));
    }

    @Test
    void invalidReaderValuesAreProblemsNamingTheField() {
        TestUsers.Account reader = TestUsers.create("reader", "Reader With Typos");
        given().header("Authorization", reader.bearer()).contentType("application/json").body(Map.of("languages", List.of("english")))
                .when().put("/api/v1/profiles/me").then().statusCode(400).body("errors[0].field", equalTo("languages"));
        given().header("Authorization", reader.bearer()).contentType("application/json")
                .body(Map.of("readingRate", Map.of("amount", "-1.00", "currency", "USD")))
                .when().put("/api/v1/profiles/me").then().statusCode(400).body("errors[0].field", equalTo("readingRate.amount"));
        given().header("Authorization", reader.bearer()).contentType("application/json")
                .body(Map.of("availabilitySchedule", List.of(Map.of("day", "mon", "start", "12:00", "end", "09:00"))))
                .when().put("/api/v1/profiles/me").then().statusCode(400).body("errors[0].field", equalTo("availabilitySchedule"));
    }

    @Test
    void aReaderTogglesOnlineAndTheDirectoryFiltersByIt() throws Exception {
        TestUsers.Account reader = TestUsers.create("reader", "Online Reader");
        try (KafkaProbe probe = KafkaProbe.listen(Topics.IDENTITY)) {
            given().header("Authorization", reader.bearer()).contentType("application/json").body(Map.of("online", true))
                    .when().put("/api/v1/readers/me/status").then().statusCode(200).body("online", equalTo(true));
            JsonNode event = probe.await(KafkaProbe.ofType("reader.status_changed", reader.id().toString()), Duration.ofSeconds(60));
            EventContracts.assertConforms(event);
        }
        given().when().get("/api/v1/readers/" + reader.id()).then().statusCode(200).body("online", equalTo(true));
        given().header("Authorization", TestUsers.client().bearer()).contentType("application/json").body(Map.of("online", true))
                .when().put("/api/v1/readers/me/status").then().statusCode(403);
        given().when().get("/api/v1/readers/" + TestUsers.client().id()).then().statusCode(404);
    }

    @Test
    void readingRatedEventsFeedTheRatingOnceEvenWhenRedelivered() {
        TestUsers.Account reader = TestUsers.create("reader", "Rated Reader");
        String eventId = UUID.randomUUID().toString();
        String readingId = UUID.randomUUID().toString();
        String rated = ratedEvent(eventId, readingId, reader.id(), 4);
        KafkaProbe.send(Topics.TAROT, Map.of(readingId, rated));
        KafkaProbe.send(Topics.TAROT, Map.of(readingId, rated));
        // another event about the same reading does not count again either
        KafkaProbe.send(Topics.TAROT, Map.of(readingId, ratedEvent(UUID.randomUUID().toString(), readingId, reader.id(), 1)));
        String secondReading = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.TAROT, Map.of(secondReading, ratedEvent(UUID.randomUUID().toString(), secondReading, reader.id(), 5)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/api/v1/readers/" + reader.id())
                .then().statusCode(200).body("ratingCount", equalTo(2)).body("ratingAverage", equalTo("4.50")));
    }

    private static String ratedEvent(String eventId, String readingId, UUID readerId, int rating) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"tarot-service\",\"type\":\"reading.rated\","
                + "\"time\":\"" + OffsetDateTime.now() + "\",\"subject\":\"" + readingId + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"readingId\":\"" + readingId + "\",\"clientId\":\"" + UUID.randomUUID() + "\",\"readerId\":\"" + readerId
                + "\",\"rating\":" + rating + ",\"actorId\":null,\"actorRole\":\"client\"}}";
    }

    @Test
    void adminsReadConfigurationWithSensitiveValuesMasked() {
        String admin = TestTokens.bearer(UUID.randomUUID(), "admin");
        given().header("Authorization", admin).when().get("/api/v1/config")
                .then().statusCode(200)
                .body("items.key", hasItem("platform.commission_rate"))
                .body("items.find { it.key == 'payments.webhook_secret' }.value", equalTo("********"));
        given().header("Authorization", TestTokens.bearer(UUID.randomUUID(), "super_admin")).when().get("/api/v1/config/payments.webhook_secret")
                .then().statusCode(200).body("value", not(equalTo("********")));
        given().header("Authorization", TestUsers.client().bearer()).when().get("/api/v1/config").then().statusCode(403);
        given().header("Authorization", admin).when().get("/api/v1/config/no.such.key").then().statusCode(404);
    }

    @Test
    void aSuperAdminChangesAValueWithinItsRulesAndConfigChangedIsEmitted() throws Exception {
        TestUsers.Account root = TestUsers.create("super_admin", "Config Root");
        try {
            given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("value", 0.9))
                    .when().put("/api/v1/config/reading.min_rate_per_minute").then().statusCode(200);
            given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("value", 1000))
                    .when().put("/api/v1/config/reading.min_rate_per_minute").then().statusCode(400).body("errors[0].field", equalTo("value"));
            given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("value", "EUR"))
                    .when().put("/api/v1/config/platform.default_currency").then().statusCode(400);
            given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("value", "yes"))
                    .when().put("/api/v1/config/platform.maintenance_mode").then().statusCode(400);
            given().header("Authorization", TestTokens.bearer(UUID.randomUUID(), "admin")).contentType("application/json")
                    .body(Map.of("value", 0.5)).when().put("/api/v1/config/reading.min_rate_per_minute").then().statusCode(403);

            try (KafkaProbe probe = KafkaProbe.listen(Topics.IDENTITY)) {
                String secret = "rotated-" + UUID.randomUUID();
                given().header("Authorization", root.bearer()).contentType("application/json").body(Map.of("value", secret))
                        .when().put("/api/v1/config/payments.webhook_secret")
                        .then().statusCode(200).body("updatedBy", equalTo(root.id().toString()));
                JsonNode event = probe.await(KafkaProbe.ofType("config.changed", "payments.webhook_secret"), Duration.ofSeconds(60));
                EventContracts.assertConforms(event);
                assertEquals(true, event.path("data").path("sensitive").asBoolean());
                assertFalse(event.toString().contains(secret), "a sensitive value never travels in an event");

                String rate = "0." + (10 + (int) (Math.random() * 80));
                given().header("Authorization", root.bearer()).contentType("application/json").body("{\"value\":" + rate + "}")
                        .when().put("/api/v1/config/reading.min_rate_per_minute").then().statusCode(200);
                JsonNode plain = probe.await(KafkaProbe.ofType("config.changed", "reading.min_rate_per_minute"), Duration.ofSeconds(60));
                EventContracts.assertConforms(plain);
                assertEquals(Double.parseDouble(rate), plain.path("data").path("newValues").path("value").asDouble());
            }
        } finally {
            TestUsers.asService("update identity.users set role = 'admin' where id = ?", root.id());
        }
    }
}
