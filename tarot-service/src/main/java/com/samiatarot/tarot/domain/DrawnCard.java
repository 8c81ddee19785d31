package com.samiatarot.tarot.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One element of reading_sessions.cards_drawn: which card lies in which position of the spread. */
@RegisterForReflection
public record DrawnCard(int position, String positionName, String cardKey, String cardName, boolean reversed) {
}
