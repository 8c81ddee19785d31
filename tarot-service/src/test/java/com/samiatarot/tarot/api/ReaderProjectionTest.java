package com.samiatarot.tarot.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.events.Topics;
import com.samiatarot.shared.testing.KafkaProbe;
import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;

/** tarot.readers follows identity.events: registration, role, profile, status and account state. */
@QuarkusTest
class ReaderProjectionTest {

    static String event(UUID eventId, String type, UUID user, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"identity-service\",\"type\":\"" + type
                + "\",\"time\":\"2026-01-01T00:00:00Z\",\"subject\":\"" + user + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"userId\":\"" + user + "\"" + data + ",\"actorId\":null,\"actorRole\":\"service\"}}";
    }

    static void send(String type, UUID user, String data) {
        KafkaProbe.send(Topics.IDENTITY, user.toString(), event(UUID.randomUUID(), type, user, data));
    }

    static Map<String, Object> row(UUID user) {
        try (Sql owner = Sql.as("tarot_owner")) {
            List<Map<String, Object>> rows = owner.query("select display_name, is_reader, is_active, online, rate_per_minute,"
                    + " currency, array_to_string(specializations, ',') as specs, array_to_string(languages, ',') as langs,"
                    + " cast(availability_schedule as text) as schedule"
                    + " from tarot.readers where user_id = ?", user);
            return rows.isEmpty() ? null : rows.get(0);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    static void awaitRow(UUID user, java.util.function.Predicate<Map<String, Object>> condition) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Map<String, Object> r = row(user);
                    return r != null && condition.test(r);
                });
    }

    @Test
    void aReaderAppearsWithProfileRateAndStatusFromIdentityEvents() {
        UUID user = UUID.randomUUID();
        send("user.registered", user, ",\"fullName\":\"Madame Sosostris\",\"role\":\"client\",\"emailVerified\":true");
        send("user.role_changed", user, ",\"oldRole\":\"client\",\"newRole\":\"reader\"");
        send("profile.updated", user, ",\"profileType\":\"reader\",\"fullName\":\"Madame Sosostris\",\"profileImageUrl\":null,"
                + "\"bio\":\"Famous clairvoyante\",\"specializations\":[\"love\",\"career\"],\"languages\":[\"en\",\"fr\"],"
                + "\"readingRate\":{\"amount\":\"2.25\",\"currency\":\"EUR\"},\"experienceYears\":12");
        send("reader.status_changed", user, ",\"online\":true");
        awaitRow(user, r -> Boolean.TRUE.equals(r.get("online")));
        Map<String, Object> r = row(user);
        assertEquals("Madame Sosostris", r.get("display_name"));
        assertEquals(true, r.get("is_reader"));
        assertEquals(0, new BigDecimal("2.25").compareTo((BigDecimal) r.get("rate_per_minute")));
        assertEquals("EUR", r.get("currency"));
        assertEquals("love,career", r.get("specs"));
        assertEquals("en,fr", r.get("langs"));

        // The projection feeds booking: the quote uses the projected rate.
        UUID client = UUID.randomUUID();
        com.samiatarot.tarot.TestData.as(client, "client")
                .body(HumanReadingTest.request(user, "standard", 10)).post("/api/v1/readings")
                .then().statusCode(201)
                .body("price.amount", org.hamcrest.Matchers.equalTo("22.50"))
                .body("price.currency", org.hamcrest.Matchers.equalTo("EUR"));
    }

    @Test
    void anOfflineReaderIsBookableOnlyOnceTheirWeeklyAvailabilityIsKnown() {
        UUID user = UUID.randomUUID();
        String profile = ",\"profileType\":\"reader\",\"fullName\":\"Offline Oracle\",\"profileImageUrl\":null,\"bio\":null,"
                + "\"specializations\":[],\"languages\":[\"en\"],\"readingRate\":{\"amount\":\"1.00\",\"currency\":\"USD\"}";
        send("user.registered", user, ",\"fullName\":\"Offline Oracle\",\"role\":\"reader\",\"emailVerified\":true");
        send("profile.updated", user, profile);
        awaitRow(user, r -> r.get("rate_per_minute") != null);
        UUID client = UUID.randomUUID();
        com.samiatarot.tarot.TestData.as(client, "client").body(HumanReadingTest.request(user, "standard", 10))
                .post("/api/v1/readings").then().statusCode(409).body("online", org.hamcrest.Matchers.equalTo(false));

        send("profile.updated", user, profile + ",\"availabilitySchedule\":[{\"day\":\"mon\",\"start\":\"09:00\",\"end\":\"12:00\"}]");
        awaitRow(user, r -> r.get("schedule") != null);
        com.samiatarot.tarot.TestData.as(client, "client").body(HumanReadingTest.request(user, "standard", 10))
                .post("/api/v1/readings").then().statusCode(201);
        // A later profile event without the field keeps the known schedule.
        send("profile.updated", user, profile.replace("Offline Oracle", "Offline Oracle II"));
        awaitRow(user, r -> "Offline Oracle II".equals(r.get("display_name")));
        assertEquals("[{\"day\": \"mon\", \"end\": \"12:00\", \"start\": \"09:00\"}]", row(user).get("schedule"));
    }

    @Test
    void aDeactivatedReaderGoesOfflineAndADuplicateEventIsIgnored() {
        UUID user = UUID.randomUUID();
        send("user.registered", user, ",\"fullName\":\"Reader Two\",\"role\":\"reader\",\"emailVerified\":true");
        send("reader.status_changed", user, ",\"online\":true");
        awaitRow(user, r -> Boolean.TRUE.equals(r.get("online")));

        UUID deactivation = UUID.randomUUID();
        String deactivated = event(deactivation, "user.deactivated", user, ",\"reason\":\"policy\"");
        KafkaProbe.send(Topics.IDENTITY, user.toString(), deactivated);
        awaitRow(user, r -> Boolean.FALSE.equals(r.get("is_active")) && Boolean.FALSE.equals(r.get("online")));

        send("user.reactivated", user, "");
        awaitRow(user, r -> Boolean.TRUE.equals(r.get("is_active")));
        // Redelivery of the old deactivation must not deactivate again; the marker event proves it was consumed.
        KafkaProbe.send(Topics.IDENTITY, user.toString(), deactivated);
        send("reader.status_changed", user, ",\"online\":true");
        awaitRow(user, r -> Boolean.TRUE.equals(r.get("online")));
        assertEquals(true, row(user).get("is_active"));
    }

    @Test
    void aDeletedUserKeepsNoPersonalDetails() {
        UUID user = UUID.randomUUID();
        send("user.registered", user, ",\"fullName\":\"Gone Soon\",\"role\":\"reader\",\"emailVerified\":true");
        awaitRow(user, r -> "Gone Soon".equals(r.get("display_name")));
        send("user.deleted", user, "");
        awaitRow(user, r -> r.get("display_name") == null);
        assertEquals(false, row(user).get("is_reader"));
        assertEquals(false, row(user).get("is_active"));
    }
}
