package com.samiatarot.tarot;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.UUID;

import com.samiatarot.shared.testing.Sql;
import com.samiatarot.shared.testing.TestTokens;

import io.restassured.specification.RequestSpecification;

/** Small builders for test data: callers, seeded spreads and readers in the projection. */
public final class TestData {

    private TestData() {
    }

    public static RequestSpecification as(UUID user, String role) {
        return given().header("Authorization", TestTokens.bearer(user, role)).contentType("application/json");
    }

    /** The id of a seeded public spread, by name. */
    public static String spread(String name) {
        try (Sql owner = Sql.as("tarot_owner")) {
            Object id = owner.scalar("select id from tarot.tarot_spreads where name = ? and is_custom = false", name);
            if (id == null) {
                throw new AssertionError("no seeded spread named " + name);
            }
            return id.toString();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A reader in the projection, as identity's events would have left it. */
    public static UUID reader(BigDecimal ratePerMinute, boolean online) {
        UUID id = UUID.randomUUID();
        try (Sql owner = Sql.as("tarot_owner")) {
            owner.update("insert into tarot.readers (user_id, display_name, rate_per_minute, currency, is_reader, is_active, online)"
                    + " values (?, 'Test Reader', ?, 'USD', true, true, ?)", id, ratePerMinute, online);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return id;
    }

    /** An offline reader who publishes weekly availability: bookable for a later session, not for an emergency. */
    public static UUID scheduledReader(BigDecimal ratePerMinute) {
        UUID id = reader(ratePerMinute, false);
        update("update tarot.readers set availability_schedule = '[{\"day\":\"fri\",\"start\":\"18:00\",\"end\":\"22:00\"}]'"
                + " where user_id = ?", id);
        return id;
    }

    public static Object scalar(String sql, Object... params) {
        try (Sql owner = Sql.as("tarot_owner")) {
            return owner.scalar(sql, params);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Sql owner = Sql.as("tarot_owner")) {
            return owner.update(sql, params);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    public static String spreadBody(String name, int count, String positionsJson, boolean isPublic) {
        return "{\"name\":\"" + name + "\",\"description\":\"test spread\",\"cardCount\":" + count
                + ",\"layoutData\":{\"positions\":" + positionsJson + "},\"difficultyLevel\":\"beginner\","
                + "\"category\":\"custom\",\"isPublic\":" + isPublic + "}";
    }

    public static String positions(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"name\":\"P").append(i).append("\",\"meaning\":\"Meaning ").append(i)
                    .append("\",\"x\":").append((i + 1) / (double) (count + 1)).append(",\"y\":0.5}");
        }
        return json.append(']').toString();
    }
}
