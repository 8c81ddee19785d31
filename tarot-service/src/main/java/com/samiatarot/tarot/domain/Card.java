package com.samiatarot.tarot.domain;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One card of the deck as stored in tarot.tarot_cards (read once, kept in memory). Parsed from the
 * row's JSON, hence snake_case; never returned by the API as is (see CardResponse).
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Card(
        UUID id,
        String cardKey,
        String name,
        String arcanaType,
        String suit,
        Integer number,
        String imageUrl,
        String description,
        String uprightMeaning,
        String reversedMeaning,
        List<String> uprightKeywords,
        List<String> reversedKeywords,
        String loveUpright,
        String loveReversed,
        String careerUpright,
        String careerReversed,
        String financeUpright,
        String financeReversed,
        String healthUpright,
        String healthReversed,
        String spiritualUpright,
        String spiritualReversed,
        String element,
        String planet,
        String zodiacSign,
        String hebrewLetter,
        Integer numerology) {

    public boolean isMajor() {
        return "major".equals(arcanaType);
    }

    /** The card's meaning for a life area, falling back to the general meaning. */
    public String meaning(LifeArea area, boolean reversed) {
        String specific = switch (area) {
            case LOVE -> reversed ? loveReversed : loveUpright;
            case CAREER -> reversed ? careerReversed : careerUpright;
            case FINANCE -> reversed ? financeReversed : financeUpright;
            case HEALTH -> reversed ? healthReversed : healthUpright;
            case SPIRITUAL -> reversed ? spiritualReversed : spiritualUpright;
            case GENERAL -> null;
        };
        if (specific != null && !specific.isBlank()) {
            return specific;
        }
        return reversed ? reversedMeaning : uprightMeaning;
    }

    public List<String> keywords(boolean reversed) {
        List<String> words = reversed ? reversedKeywords : uprightKeywords;
        return words == null ? List.of() : words;
    }
}
