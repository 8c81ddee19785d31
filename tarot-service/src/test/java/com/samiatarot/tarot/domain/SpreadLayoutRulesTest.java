package com.samiatarot.tarot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.samiatarot.shared.problem.DomainException;

class SpreadLayoutRulesTest {

    static SpreadLayout.Position p(String name, double x, double y) {
        return new SpreadLayout.Position(null, name, "meaning of " + name, x, y);
    }

    static String refusedField(int count, List<SpreadLayout.Position> positions) {
        DomainException e = assertThrows(DomainException.class,
                () -> SpreadLayoutRules.validate(count, new SpreadLayout(positions)));
        assertEquals(400, e.status());
        return e.errors().get(0).field();
    }

    @Test
    void aWellFormedLayoutIsAcceptedWithItsIndicesFilledInOrder() {
        SpreadLayout layout = SpreadLayoutRules.validate(3, new SpreadLayout(List.of(p("Past", 0.2, 0.5), p("Present", 0.5, 0.5), p("Future", 0.8, 0.5))));
        assertEquals(List.of(0, 1, 2), layout.positions().stream().map(SpreadLayout.Position::index).toList());
    }

    @Test
    void positionsMustMatchTheCardCount() {
        assertEquals("layoutData.positions", refusedField(3, List.of(p("A", 0.1, 0.1), p("B", 0.2, 0.2))));
    }

    @Test
    void positionNamesMustBeUniqueIgnoringCase() {
        assertEquals("layoutData.positions[1].name", refusedField(2, List.of(p("Past", 0.1, 0.1), p("past ", 0.2, 0.2))));
    }

    @Test
    void coordinatesMustBeUnique() {
        assertEquals("layoutData.positions[1]", refusedField(2, List.of(p("A", 0.1, 0.1), p("B", 0.1, 0.1))));
    }

    @Test
    void coordinatesMustLieInTheUnitSquare() {
        assertEquals("layoutData.positions[0].x", refusedField(1, List.of(p("A", 1.5, 0.1))));
        assertEquals("layoutData.positions[0].y", refusedField(1, List.of(p("A", 0.5, -0.1))));
    }

    @Test
    void aPositionNeedsANameAndAMeaning() {
        assertEquals("layoutData.positions[0].name", refusedField(1, List.of(p(" ", 0.5, 0.5))));
        assertEquals("layoutData.positions[0].meaning",
                refusedField(1, List.of(new SpreadLayout.Position(null, "A", "", 0.5, 0.5))));
    }

    @Test
    void explicitIndicesMustFollowTheOrder() {
        assertEquals("layoutData.positions[0].index",
                refusedField(1, List.of(new SpreadLayout.Position(3, "A", "m", 0.5, 0.5))));
    }

    @Test
    void aSpreadHoldsOneToSeventyEightCards() {
        List<SpreadLayout.Position> many = new ArrayList<>();
        for (int i = 0; i < 79; i++) {
            many.add(p("P" + i, i / 100.0, 0.5));
        }
        assertEquals("cardCount", refusedField(79, many));
        assertEquals("cardCount", refusedField(0, List.of()));
        assertTrue(SpreadLayoutRules.validate(78, new SpreadLayout(many.subList(0, 78))).positions().size() == 78);
    }
}
