package com.samiatarot.tarot.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.samiatarot.shared.problem.DomainException;

/**
 * What makes a spread layout usable: as many positions as cards (1-78, a reading never repeats a
 * card), each with a distinct name, a meaning and distinct coordinates within the unit square.
 */
public final class SpreadLayoutRules {

    public static final int MAX_CARDS = 78;

    private SpreadLayoutRules() {
    }

    /** The layout with indices filled in order, or a 400 naming the offending field. */
    public static SpreadLayout validate(int cardCount, SpreadLayout layout) {
        if (cardCount < 1 || cardCount > MAX_CARDS) {
            throw DomainException.invalidField("cardCount", "must be between 1 and " + MAX_CARDS);
        }
        if (layout == null || layout.positions() == null || layout.positions().isEmpty()) {
            throw DomainException.invalidField("layoutData.positions", "must list the spread's positions");
        }
        List<SpreadLayout.Position> positions = layout.positions();
        if (positions.size() != cardCount) {
            throw DomainException.invalidField("layoutData.positions",
                    "has " + positions.size() + " positions but cardCount is " + cardCount);
        }
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        List<SpreadLayout.Position> normalized = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            SpreadLayout.Position p = positions.get(i);
            String field = "layoutData.positions[" + i + "]";
            if (p == null) {
                throw DomainException.invalidField(field, "must not be null");
            }
            if (p.index() != null && p.index() != i) {
                throw DomainException.invalidField(field + ".index", "must be " + i + " (positions are ordered)");
            }
            String name = p.name() == null ? "" : p.name().strip();
            if (name.isEmpty() || name.length() > 100) {
                throw DomainException.invalidField(field + ".name", "must be 1-100 characters");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw DomainException.invalidField(field + ".name", "'" + name + "' is used by another position");
            }
            String meaning = p.meaning() == null ? "" : p.meaning().strip();
            if (meaning.isEmpty() || meaning.length() > 500) {
                throw DomainException.invalidField(field + ".meaning", "must be 1-500 characters");
            }
            if (!inUnitRange(p.x())) {
                throw DomainException.invalidField(field + ".x", "must be a number between 0 and 1");
            }
            if (!inUnitRange(p.y())) {
                throw DomainException.invalidField(field + ".y", "must be a number between 0 and 1");
            }
            if (!places.add(p.x() + "/" + p.y())) {
                throw DomainException.invalidField(field, "shares its coordinates with another position");
            }
            normalized.add(new SpreadLayout.Position(i, name, meaning, p.x(), p.y()));
        }
        return new SpreadLayout(List.copyOf(normalized));
    }

    private static boolean inUnitRange(Double v) {
        return v != null && !v.isNaN() && v >= 0.0 && v <= 1.0;
    }
}
