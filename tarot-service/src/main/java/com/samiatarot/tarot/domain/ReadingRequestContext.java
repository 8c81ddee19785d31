package com.samiatarot.tarot.domain;

import java.util.List;

/** What an interpreter knows about a reading: the question, the spread and the cards in their places. */
public record ReadingRequestContext(String question, String sessionType, String spreadName, List<PositionedCard> cards) {
}
