package com.samiatarot.tarot.domain;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** reading_sessions.ai_interpretation: the composed reading, whoever (built-in or LLM) wrote the prose. */
@RegisterForReflection
public record Interpretation(
        String lifeArea,
        String summary,
        List<PositionReading> positions,
        List<String> themes,
        String advice,
        Balance balance,
        List<RepeatedNumber> repeatedNumbers,
        String source) {

    @RegisterForReflection
    public record PositionReading(int position, String positionName, String cardKey, String cardName,
                                  boolean reversed, String text) {
    }

    @RegisterForReflection
    public record Balance(int majorArcana, int minorArcana, int reversed, Map<String, Integer> suits,
                          Map<String, Integer> elements, String dominantElement, List<String> missingElements) {
    }

    @RegisterForReflection
    public record RepeatedNumber(int number, int count, String meaning) {
    }

    public Interpretation withProse(String newSummary, List<String> texts, List<String> newThemes, String newAdvice,
                                    String newSource) {
        List<PositionReading> rewritten = new java.util.ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            PositionReading p = positions.get(i);
            rewritten.add(new PositionReading(p.position(), p.positionName(), p.cardKey(), p.cardName(), p.reversed(), texts.get(i)));
        }
        return new Interpretation(lifeArea, newSummary, List.copyOf(rewritten), List.copyOf(newThemes), newAdvice,
                balance, repeatedNumbers, newSource);
    }
}
