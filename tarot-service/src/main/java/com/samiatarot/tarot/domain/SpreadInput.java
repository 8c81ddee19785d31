package com.samiatarot.tarot.domain;

/** A custom spread as its owner describes it; validated by SpreadLayoutRules before it is stored. */
public record SpreadInput(String name, String description, int cardCount, SpreadLayout layout,
                          String difficultyLevel, String category, boolean isPublic) {
}
