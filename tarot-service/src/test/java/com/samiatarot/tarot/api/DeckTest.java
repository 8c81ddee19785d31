package com.samiatarot.tarot.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.testing.Sql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class DeckTest {

    static final Map<String, String> SUIT_ELEMENTS = Map.of("wands", "fire", "cups", "water", "swords", "air", "pentacles", "earth");
    static final List<String> SIDE_FIELDS = List.of("meaning", "love", "career", "finance", "health", "spiritual");

    @Test
    void theDeckHasSeventyEightUniqueWellFormedCards() {
        List<Map<String, Object>> cards = given().queryParam("limit", 100).queryParam("view", "full")
                .when().get("/api/v1/cards")
                .then().statusCode(200)
                .body("items", hasSize(78))
                .body("nextCursor", equalTo(null))
                .extract().path("items");

        Set<String> keys = new HashSet<>();
        Set<String> texts = new HashSet<>();
        int majors = 0;
        for (Map<String, Object> card : cards) {
            String key = (String) card.get("key");
            assertTrue(keys.add(key), "duplicate key " + key);
            assertTrue(key.matches("[a-z]+(-[a-z]+)*"), "slug " + key);
            assertFilled(card, "name", key);
            assertFilled(card, "description", key);
            assertTrue(((String) card.get("imageUrl")).startsWith("https://cdn.samia-tarot.local/cards/"), key);
            assertNotNull(card.get("numerology"), key);
            for (String side : List.of("upright", "reversed")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> meaning = (Map<String, Object>) card.get(side);
                for (String field : SIDE_FIELDS) {
                    assertFilled(meaning, field, key + "." + side);
                    assertTrue(texts.add((String) meaning.get(field)), "text repeated: " + key + "." + side + "." + field);
                }
                assertTrue(((List<?>) meaning.get("keywords")).size() >= 3, key + " needs 3 " + side + " keywords");
            }
            String element = (String) card.get("element");
            assertTrue(SUIT_ELEMENTS.containsValue(element), key + " element " + element);
            if ("major".equals(card.get("arcana"))) {
                majors++;
                assertFilled(card, "hebrewLetter", key);
                assertEquals(null, card.get("suit"), key);
                assertTrue(card.get("planet") != null || card.get("zodiacSign") != null, key + " needs a correspondence");
            } else {
                assertEquals(SUIT_ELEMENTS.get((String) card.get("suit")), element, key + " element must match its suit");
                assertEquals(null, card.get("hebrewLetter"), key);
            }
        }
        assertEquals(22, majors);
        assertTrue(keys.containsAll(List.of("the-fool", "the-world", "ace-of-cups", "king-of-pentacles", "page-of-wands")));
    }

    @Test
    void theDeckTableIsCompleteInTheDatabaseToo() throws Exception {
        try (Sql app = Sql.as("tarot_app")) {
            List<Map<String, Object>> rows = app.queryWithClaims("{\"role\":\"anon\"}",
                    "select count(*) as n, count(distinct card_key) as k,"
                            + " count(*) filter (where arcana_type = 'major') as majors,"
                            + " count(*) filter (where suit is not null and element <> case suit when 'wands' then 'fire'"
                            + " when 'cups' then 'water' when 'swords' then 'air' else 'earth' end) as wrong_elements"
                            + " from tarot.tarot_cards");
            assertEquals(78L, rows.get(0).get("n"));
            assertEquals(78L, rows.get(0).get("k"));
            assertEquals(22L, rows.get(0).get("majors"));
            assertEquals(0L, rows.get(0).get("wrong_elements"));
        }
    }

    @Test
    void cardsAreFilteredByArcanaSuitElementAndText() {
        given().queryParam("arcana", "major").queryParam("limit", 100).get("/api/v1/cards")
                .then().statusCode(200).body("items", hasSize(22)).body("items.arcana", everyItem(equalTo("major")));
        given().queryParam("suit", "cups").queryParam("limit", 100).get("/api/v1/cards")
                .then().statusCode(200).body("items", hasSize(14)).body("items.element", everyItem(equalTo("water")));
        given().queryParam("element", "fire").queryParam("arcana", "minor").queryParam("limit", 100).get("/api/v1/cards")
                .then().statusCode(200).body("items", hasSize(14)).body("items.suit", everyItem(equalTo("wands")));
        given().queryParam("q", "Hermit").get("/api/v1/cards")
                .then().statusCode(200).body("items.key", org.hamcrest.Matchers.hasItem("the-hermit"));
    }

    @Test
    void theListShowsSummariesForACardGridUnlessTheFullViewIsAskedFor() {
        Map<String, Object> summary = given().queryParam("arcana", "major").get("/api/v1/cards")
                .then().statusCode(200).extract().path("items[0]");
        assertEquals(Set.of("id", "key", "name", "arcana", "suit", "number", "element", "imageUrl", "keywords"), summary.keySet());
        assertEquals("the-fool", summary.get("key"));
        assertTrue(((List<?>) summary.get("keywords")).size() >= 3);

        Map<String, Object> full = given().queryParam("arcana", "major").queryParam("view", "full").get("/api/v1/cards")
                .then().statusCode(200).extract().path("items[0]");
        Map<String, Object> detail = given().get("/api/v1/cards/the-fool").then().statusCode(200).extract().path("");
        assertEquals(detail, full, "view=full lists each card exactly as its detail endpoint shows it");
        assertEquals(detail.get("imageUrl"), summary.get("imageUrl"));

        given().queryParam("view", "everything").get("/api/v1/cards").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("view"));
    }

    @Test
    void theDeckPagesWithAnOpaqueCursor() {
        Response first = given().queryParam("limit", 30).get("/api/v1/cards");
        first.then().statusCode(200).body("items", hasSize(30)).body("nextCursor", notNullValue());
        Response second = given().queryParam("limit", 30).queryParam("cursor", first.path("nextCursor").toString()).get("/api/v1/cards");
        second.then().statusCode(200).body("items", hasSize(30));
        List<String> a = first.path("items.key");
        List<String> b = second.path("items.key");
        assertFalse(a.stream().anyMatch(b::contains));
        given().queryParam("cursor", "garbage!").get("/api/v1/cards").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void oneCardIsServedByKeyWithCachingHeaders() {
        Response response = given().get("/api/v1/cards/the-fool");
        response.then().statusCode(200)
                .body("name", equalTo("The Fool"))
                .body("number", equalTo(0))
                .body("hebrewLetter", equalTo("Aleph"))
                .body("imageUrl", equalTo("https://cdn.samia-tarot.local/cards/the-fool.jpg"));
        String etag = response.header("ETag");
        assertNotNull(etag);
        assertTrue(response.header("Cache-Control").contains("max-age=3600"));
        given().header("If-None-Match", etag).get("/api/v1/cards/the-fool").then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").get("/api/v1/cards/the-fool").then().statusCode(200);
    }

    @Test
    void theListRevalidatesWithItsETag() {
        String etag = given().queryParam("suit", "swords").get("/api/v1/cards").header("ETag");
        given().queryParam("suit", "swords").header("If-None-Match", etag).get("/api/v1/cards").then().statusCode(304);
        given().queryParam("suit", "cups").header("If-None-Match", etag).get("/api/v1/cards").then().statusCode(200);
        given().queryParam("suit", "swords").queryParam("view", "full").header("If-None-Match", etag).get("/api/v1/cards")
                .then().statusCode(200);
    }

    @Test
    void theSameQueryAlwaysGetsTheSameBytesUnderTheSameStrongETag() {
        Response first = given().queryParam("element", "water").queryParam("limit", 5).get("/api/v1/cards");
        Response again = given().queryParam("element", "water").queryParam("limit", 5).get("/api/v1/cards");
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong tag " + etag);
        assertEquals(etag, again.header("ETag"));
        assertEquals(first.asString(), again.asString());
        assertTrue(first.header("Cache-Control").startsWith("public"));
        given().queryParam("element", "water").queryParam("limit", 5).header("If-None-Match", "W/" + etag)
                .get("/api/v1/cards").then().statusCode(304).header("ETag", etag);
    }

    @Test
    void unknownCardsAndFiltersAreProblems() {
        given().get("/api/v1/cards/the-joker").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("suit", "coins").get("/api/v1/cards").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("suit"));
        given().queryParam("limit", 500).get("/api/v1/cards").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static void assertFilled(Map<String, Object> map, String field, String where) {
        Object value = map.get(field);
        assertTrue(value instanceof String s && !s.isBlank(), where + "." + field + " must be filled");
    }
}
