package com.samiatarot.tarot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BuiltInInterpreterTest {

    private final BuiltInInterpreter interpreter = new BuiltInInterpreter();

    static Card card(String key, String arcana, String suit, int number, String element) {
        return new Card(UUID.randomUUID(), key, key.toUpperCase(), arcana, suit, number, "cards/" + key + ".jpg",
                "desc " + key, "upright " + key, "reversed " + key,
                List.of(key + "-up-1", key + "-up-2", "shared"), List.of(key + "-rev-1", key + "-rev-2", "blocked"),
                "love up " + key, "love rev " + key, "career up " + key, "career rev " + key,
                "finance up " + key, "finance rev " + key, "health up " + key, "health rev " + key,
                "spiritual up " + key, "spiritual rev " + key, element, null, null, null, number);
    }

    static PositionedCard at(int index, Card card, boolean reversed) {
        return new PositionedCard(new SpreadLayout.Position(index, "Pos" + index, "what position " + index + " means.", index / 10.0, 0.5),
                card, reversed);
    }

    @Test
    void theLifeAreaIsDetectedFromTheQuestion() {
        assertEquals(LifeArea.LOVE, LifeArea.detect("Will my relationship with my partner last?"));
        assertEquals(LifeArea.CAREER, LifeArea.detect("Should I accept the job offer and leave my company?"));
        assertEquals(LifeArea.FINANCE, LifeArea.detect("How do I get out of debt and save money?"));
        assertEquals(LifeArea.HEALTH, LifeArea.detect("How can I handle stress and sleep better?"));
        assertEquals(LifeArea.SPIRITUAL, LifeArea.detect("What is my soul's purpose?"));
        assertEquals(LifeArea.GENERAL, LifeArea.detect("What should I know today?"));
        assertEquals(LifeArea.GENERAL, LifeArea.detect(null));
    }

    @Test
    void eachPositionIsReadWithTheMeaningForTheQuestionsAreaAndOrientation() {
        Card cups = card("two-of-cups", "minor", "cups", 2, "water");
        Card swords = card("two-of-swords", "minor", "swords", 2, "air");
        Interpretation reading = interpreter.interpret(new ReadingRequestContext("Does my partner love me?", "standard",
                "Test", List.of(at(0, cups, false), at(1, swords, true))));

        assertEquals("love", reading.lifeArea());
        assertTrue(reading.positions().get(0).text().contains("love up two-of-cups"));
        assertTrue(reading.positions().get(1).text().contains("love rev two-of-swords"));
        assertTrue(reading.positions().get(1).text().contains("reversed"));
        assertTrue(reading.positions().get(0).text().contains("what position 0 means"));
        assertFalse(reading.summary().isBlank());
        assertFalse(reading.advice().isBlank());
    }

    @Test
    void theBalanceCountsMajorsSuitsElementsAndReversals() {
        Card fool = card("the-fool", "major", null, 0, "air");
        Card wands = card("three-of-wands", "minor", "wands", 3, "fire");
        Card wands2 = card("five-of-wands", "minor", "wands", 5, "fire");
        Card coins = card("three-of-pentacles", "minor", "pentacles", 3, "earth");
        Interpretation reading = interpreter.interpret(new ReadingRequestContext(null, "standard", "Test",
                List.of(at(0, fool, true), at(1, wands, false), at(2, wands2, false), at(3, coins, true))));

        Interpretation.Balance balance = reading.balance();
        assertEquals(1, balance.majorArcana());
        assertEquals(3, balance.minorArcana());
        assertEquals(2, balance.reversed());
        assertEquals(2, balance.suits().get("wands"));
        assertEquals(2, balance.elements().get("fire"));
        assertEquals("fire", balance.dominantElement());
        assertEquals(List.of("water"), balance.missingElements());
        assertEquals(1, reading.repeatedNumbers().size());
        assertEquals(3, reading.repeatedNumbers().get(0).number());
        assertTrue(reading.themes().stream().anyMatch(t -> t.contains("Repeated number 3")));
        assertTrue(reading.themes().stream().anyMatch(t -> t.contains("suit of wands")));
        assertTrue(reading.themes().stream().anyMatch(t -> t.contains("Missing element")));
    }

    @Test
    void aGeneralQuestionUsesTheCardsGeneralMeaning() {
        Card star = card("the-star", "major", null, 17, "air");
        Interpretation reading = interpreter.interpret(new ReadingRequestContext("", "standard", "Single",
                List.of(at(0, star, false))));
        assertEquals("general", reading.lifeArea());
        assertTrue(reading.positions().get(0).text().contains("upright the-star"));
        assertEquals("builtin", reading.source());
    }

    @Test
    void healthReadingsCarryAProfessionalAdviceNotice() {
        Card card = card("four-of-swords", "minor", "swords", 4, "air");
        Interpretation reading = interpreter.interpret(new ReadingRequestContext("Will my health recover after surgery?",
                "standard", "Single", List.of(at(0, card, false))));
        assertEquals("health", reading.lifeArea());
        assertTrue(reading.advice().contains("not medical advice"));
    }
}
