package com.samiatarot.tarot.api;

import java.util.List;
import java.util.UUID;

import com.samiatarot.tarot.domain.Card;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A card as a card grid shows it (face, name, place in the deck, upright keywords); the list's default
 * view. The texts (meanings per orientation and life area, correspondences) come with {@code view=full}
 * or from {@code GET /api/v1/cards/{key}}.
 */
@RegisterForReflection
public record CardSummary(
        UUID id,
        String key,
        String name,
        String arcana,
        String suit,
        Integer number,
        String element,
        String imageUrl,
        List<String> keywords) {

    static CardSummary of(Card c, String imageBaseUrl) {
        return new CardSummary(c.id(), c.cardKey(), c.name(), c.arcanaType(), c.suit(), c.number(), c.element(),
                CardResponse.imageUrl(imageBaseUrl, c.imageUrl()), c.keywords(false));
    }
}
