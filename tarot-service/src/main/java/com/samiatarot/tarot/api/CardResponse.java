package com.samiatarot.tarot.api;

import java.util.List;
import java.util.UUID;

import com.samiatarot.tarot.domain.Card;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A card with all its texts: GET /api/v1/cards/{key} and the list's {@code view=full}. */
@RegisterForReflection
public record CardResponse(
        UUID id,
        String key,
        String name,
        String arcana,
        String suit,
        Integer number,
        String imageUrl,
        String description,
        Side upright,
        Side reversed,
        String element,
        String planet,
        String zodiacSign,
        String hebrewLetter,
        Integer numerology) {

    /** One orientation of a card: its general meaning, keywords and the meaning per life area. */
    @RegisterForReflection
    public record Side(String meaning, List<String> keywords, String love, String career, String finance,
                       String health, String spiritual) {
    }

    public static CardResponse of(Card c, String imageBaseUrl) {
        return new CardResponse(c.id(), c.cardKey(), c.name(), c.arcanaType(), c.suit(), c.number(),
                imageUrl(imageBaseUrl, c.imageUrl()), c.description(),
                new Side(c.uprightMeaning(), c.keywords(false), c.loveUpright(), c.careerUpright(), c.financeUpright(),
                        c.healthUpright(), c.spiritualUpright()),
                new Side(c.reversedMeaning(), c.keywords(true), c.loveReversed(), c.careerReversed(), c.financeReversed(),
                        c.healthReversed(), c.spiritualReversed()),
                c.element(), c.planet(), c.zodiacSign(), c.hebrewLetter(), c.numerology());
    }

    static String imageUrl(String base, String relative) {
        if (relative == null || relative.startsWith("http://") || relative.startsWith("https://")) {
            return relative;
        }
        String prefix = base.endsWith("/") ? base : base + "/";
        return prefix + (relative.startsWith("/") ? relative.substring(1) : relative);
    }
}
