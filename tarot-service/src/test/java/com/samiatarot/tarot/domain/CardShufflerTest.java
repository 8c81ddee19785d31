package com.samiatarot.tarot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CardShufflerTest {

    private final CardShuffler shuffler = new CardShuffler();

    @Test
    void aDrawNeverRepeatsACardEvenWhenTheWholeDeckIsDrawn() {
        for (int round = 0; round < 2_000; round++) {
            List<CardShuffler.Draw> draws = shuffler.draw(78, 78, 0.3);
            Set<Integer> seen = new HashSet<>();
            for (CardShuffler.Draw draw : draws) {
                assertTrue(draw.deckIndex() >= 0 && draw.deckIndex() < 78);
                assertTrue(seen.add(draw.deckIndex()), "card " + draw.deckIndex() + " drawn twice in round " + round);
            }
            assertEquals(78, seen.size());
        }
    }

    @Test
    void reversalFrequencyStaysWithinStatisticalBounds() {
        double p = 0.3;
        int draws = 0;
        int reversed = 0;
        for (int round = 0; round < 5_000; round++) {
            for (CardShuffler.Draw draw : shuffler.draw(78, 10, p)) {
                draws++;
                if (draw.reversed()) {
                    reversed++;
                }
            }
        }
        double expected = draws * p;
        double sigma = Math.sqrt(draws * p * (1 - p));
        // 5 sigma: a correct shuffler fails this about once in 1.7 million runs.
        assertTrue(Math.abs(reversed - expected) < 5 * sigma,
                "reversed " + reversed + " of " + draws + ", expected " + expected + " ± " + 5 * sigma);
    }

    @Test
    void everyCardIsEquallyLikelyToComeFirst() {
        int rounds = 78_000;
        int[] counts = new int[78];
        for (int i = 0; i < rounds; i++) {
            counts[shuffler.draw(78, 1, 0.0).get(0).deckIndex()]++;
        }
        double expected = rounds / 78.0;
        double chiSquare = 0;
        for (int count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 77 degrees of freedom: the 99.99th percentile is about 130.
        assertTrue(chiSquare < 130, "chi-square " + chiSquare + " says the shuffle is biased");
    }

    @Test
    void reversalProbabilityZeroAndOneAreRespected() {
        assertTrue(shuffler.draw(78, 78, 0.0).stream().noneMatch(CardShuffler.Draw::reversed));
        assertTrue(shuffler.draw(78, 78, 1.0).stream().allMatch(CardShuffler.Draw::reversed));
    }

    @Test
    void impossibleDrawsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> shuffler.draw(78, 79, 0.3));
        assertThrows(IllegalArgumentException.class, () -> shuffler.draw(78, 0, 0.3));
        assertThrows(IllegalArgumentException.class, () -> shuffler.draw(78, 3, 1.5));
    }
}
