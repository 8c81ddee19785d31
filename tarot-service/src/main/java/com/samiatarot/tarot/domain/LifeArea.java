package com.samiatarot.tarot.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The part of life a question is about, detected from its words; GENERAL when nothing stands out. */
public enum LifeArea {
    LOVE("love", List.of("love", "relationship", "partner", "boyfriend", "girlfriend", "husband", "wife", "marriage",
            "marry", "dating", "date", "crush", "romance", "romantic", "ex", "soulmate", "heart", "breakup", "divorce",
            "feelings", "together", "engaged", "wedding", "lover")),
    CAREER("career", List.of("job", "career", "work", "boss", "promotion", "business", "interview", "colleague",
            "colleagues", "profession", "project", "company", "office", "hired", "fired", "study", "exam", "degree",
            "startup", "vocation", "employer", "position", "team")),
    FINANCE("finance", List.of("money", "finance", "finances", "financial", "debt", "debts", "salary", "invest",
            "investment", "savings", "save", "rent", "loan", "mortgage", "income", "budget", "rich", "wealth", "pay",
            "afford", "bills", "stocks", "property", "inheritance")),
    HEALTH("health", List.of("health", "healthy", "illness", "ill", "sick", "body", "energy", "heal", "healing",
            "stress", "sleep", "diet", "recovery", "recover", "surgery", "pain", "fitness", "weight", "anxiety",
            "tired", "wellbeing", "doctor")),
    SPIRITUAL("spiritual", List.of("spiritual", "spirit", "soul", "purpose", "meditation", "meditate", "faith",
            "path", "intuition", "karma", "god", "universe", "meaning", "enlightenment", "growth", "higher", "destiny",
            "calling", "prayer", "awakening")),
    GENERAL("general", List.of());

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private final String label;
    private final List<String> cues;

    LifeArea(String label, List<String> cues) {
        this.label = label;
        this.cues = cues;
    }

    public String label() {
        return label;
    }

    /** Counts each area's cue words in the question; the most frequent wins, ties go to the earlier area. */
    public static LifeArea detect(String question) {
        if (question == null || question.isBlank()) {
            return GENERAL;
        }
        Map<LifeArea, Integer> scores = new EnumMap<>(LifeArea.class);
        for (String word : WORDS.split(question.toLowerCase(Locale.ROOT))) {
            for (LifeArea area : values()) {
                if (area.cues.contains(word)) {
                    scores.merge(area, 1, Integer::sum);
                }
            }
        }
        LifeArea best = GENERAL;
        int bestScore = 0;
        for (LifeArea area : values()) {
            int score = scores.getOrDefault(area, 0);
            if (score > bestScore) {
                best = area;
                bestScore = score;
            }
        }
        return best;
    }
}
