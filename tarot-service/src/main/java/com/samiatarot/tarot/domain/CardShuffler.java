package com.samiatarot.tarot.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws cards the way a careful human reader would, with a cryptographically secure source: a
 * Fisher-Yates shuffle of the whole deck (unbiased, no card twice), then the top {@code count} cards,
 * each independently reversed with the configured probability.
 */
public class CardShuffler {

    /** One drawn card: its index in the deck and whether it lies reversed. */
    public record Draw(int deckIndex, boolean reversed) {
    }

    private final Random random;

    public CardShuffler() {
        this(new SecureRandom());
    }

    public CardShuffler(Random random) {
        this.random = random;
    }

    public List<Draw> draw(int deckSize, int count, double reversalProbability) {
        if (count < 1 || count > deckSize) {
            throw new IllegalArgumentException("cannot draw " + count + " cards from a deck of " + deckSize);
        }
        if (reversalProbability < 0 || reversalProbability > 1) {
            throw new IllegalArgumentException("reversal probability must be within [0, 1]");
        }
        int[] order = new int[deckSize];
        for (int i = 0; i < deckSize; i++) {
            order[i] = i;
        }
        for (int i = deckSize - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        List<Draw> draws = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            draws.add(new Draw(order[i], random.nextDouble() < reversalProbability));
        }
        return draws;
    }
}
