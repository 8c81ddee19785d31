package com.samiatarot.tarot.domain;

/** A drawn card in its place in the spread: the input of every interpreter. */
public record PositionedCard(SpreadLayout.Position position, Card card, boolean reversed) {
}
