package com.samiatarot.tarot.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.samiatarot.tarot.domain.SpreadLayout;
import com.samiatarot.tarot.persistence.TarotSpread;

public record SpreadResponse(UUID id, String name, String description, int cardCount, SpreadLayout layoutData,
                             String difficultyLevel, String category, boolean isCustom, UUID createdBy, boolean isPublic,
                             int usageCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static SpreadResponse of(TarotSpread s, SpreadLayout layout) {
        return new SpreadResponse(s.id, s.name, s.description, s.cardCount, layout, s.difficultyLevel, s.category,
                s.custom, s.createdBy, s.publicSpread, s.usageCount == null ? 0 : s.usageCount, s.createdAt, s.updatedAt);
    }
}
