package com.samiatarot.tarot.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Composes a reading from the cards' own texts: each card is read in its position with the meaning for
 * the question's life area (upright or reversed), then the spread is read as a whole through the balance
 * of major and minor arcana, suits and elements, reversals and repeated numbers. Deterministic for a
 * given draw, so a reading can always be explained from the deck's data.
 */
@ApplicationScoped
public class BuiltInInterpreter {

    public static final String MODEL_VERSION = "samia-builtin-1.0";

    private static final List<String> ELEMENTS = List.of("fire", "water", "air", "earth");
    private static final List<String> SUITS = List.of("wands", "cups", "swords", "pentacles");

    private static final Map<String, String> SUIT_THEMES = Map.of(
            "wands", "drive, creativity and the will to act",
            "cups", "feelings, relationships and intuition",
            "swords", "thought, truth and conflict that must be faced",
            "pentacles", "work, money, the body and practical foundations");

    private static final Map<String, String> ELEMENT_ADVICE = Map.of(
            "fire", "act on your enthusiasm, but give it a direction before it burns out",
            "water", "listen to what you feel and let compassion, including for yourself, guide the next step",
            "air", "name the situation clearly, talk honestly and decide with a cool head",
            "earth", "take one patient, concrete step and build on what already holds");

    private static final Map<Integer, String> NUMBER_MEANINGS = Map.ofEntries(
            Map.entry(0, "a leap into the unknown, pure potential"),
            Map.entry(1, "new beginnings and fresh potential"),
            Map.entry(2, "choices, balance and partnership"),
            Map.entry(3, "growth, creativity and collaboration"),
            Map.entry(4, "stability, structure and rest"),
            Map.entry(5, "change, challenge and instability"),
            Map.entry(6, "harmony, generosity and healing"),
            Map.entry(7, "reflection, assessment and inner work"),
            Map.entry(8, "movement, power and mastery"),
            Map.entry(9, "culmination and the last stretch before completion"),
            Map.entry(10, "completion and the end of a cycle"),
            Map.entry(11, "messages, curiosity and learning (the Pages)"),
            Map.entry(12, "action and pursuit (the Knights)"),
            Map.entry(13, "inner mastery and nurture (the Queens)"),
            Map.entry(14, "outer authority and responsibility (the Kings)"));

    public Interpretation interpret(ReadingRequestContext context) {
        LifeArea area = LifeArea.detect(context.question());
        List<PositionedCard> cards = context.cards();

        List<Interpretation.PositionReading> positions = new ArrayList<>(cards.size());
        for (PositionedCard pc : cards) {
            positions.add(new Interpretation.PositionReading(pc.position().index(), pc.position().name(),
                    pc.card().cardKey(), pc.card().name(), pc.reversed(), positionText(pc, area)));
        }
        Interpretation.Balance balance = balance(cards);
        List<Interpretation.RepeatedNumber> repeated = repeatedNumbers(cards);
        List<String> themes = themes(cards, balance, repeated);
        String summary = summary(context, area, cards, balance);
        String advice = advice(cards, balance, area);
        return new Interpretation(area.label(), summary, List.copyOf(positions), themes, advice, balance, repeated,
                "builtin");
    }

    private static String positionText(PositionedCard pc, LifeArea area) {
        Card card = pc.card();
        StringBuilder text = new StringBuilder();
        text.append(pc.position().name()).append(": ").append(card.name());
        text.append(pc.reversed() ? ", reversed. " : ", upright. ");
        text.append("This position speaks of ").append(lowerFirst(stripPeriod(pc.position().meaning()))).append(". ");
        text.append(card.meaning(area, pc.reversed()));
        List<String> keywords = card.keywords(pc.reversed());
        if (!keywords.isEmpty()) {
            text.append(" Key ideas here: ").append(String.join(", ", keywords.subList(0, Math.min(3, keywords.size()))))
                    .append('.');
        }
        if (area != LifeArea.GENERAL) {
            text.append(" More broadly: ").append(pc.reversed() ? card.reversedMeaning() : card.uprightMeaning());
        }
        return text.toString();
    }

    private static Interpretation.Balance balance(List<PositionedCard> cards) {
        int majors = 0;
        int reversed = 0;
        Map<String, Integer> suits = new LinkedHashMap<>();
        Map<String, Integer> elements = new LinkedHashMap<>();
        SUITS.forEach(s -> suits.put(s, 0));
        ELEMENTS.forEach(e -> elements.put(e, 0));
        for (PositionedCard pc : cards) {
            Card card = pc.card();
            if (card.isMajor()) {
                majors++;
            } else if (card.suit() != null) {
                suits.merge(card.suit(), 1, Integer::sum);
            }
            if (card.element() != null) {
                elements.merge(card.element(), 1, Integer::sum);
            }
            if (pc.reversed()) {
                reversed++;
            }
        }
        String dominant = null;
        int best = 0;
        boolean tie = false;
        for (String element : ELEMENTS) {
            int n = elements.get(element);
            if (n > best) {
                dominant = element;
                best = n;
                tie = false;
            } else if (n == best && n > 0) {
                tie = true;
            }
        }
        List<String> missing = cards.size() >= 4
                ? ELEMENTS.stream().filter(e -> elements.get(e) == 0).toList()
                : List.of();
        return new Interpretation.Balance(majors, cards.size() - majors, reversed, Map.copyOf(suits),
                Map.copyOf(elements), tie ? null : dominant, missing);
    }

    private static List<Interpretation.RepeatedNumber> repeatedNumbers(List<PositionedCard> cards) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (PositionedCard pc : cards) {
            Integer n = pc.card().number();
            if (n != null && !pc.card().isMajor()) {
                counts.merge(n, 1, Integer::sum);
            }
        }
        List<Interpretation.RepeatedNumber> repeated = new ArrayList<>();
        counts.forEach((number, count) -> {
            if (count >= 2) {
                repeated.add(new Interpretation.RepeatedNumber(number, count, NUMBER_MEANINGS.getOrDefault(number, "")));
            }
        });
        return List.copyOf(repeated);
    }

    private static List<String> themes(List<PositionedCard> cards, Interpretation.Balance balance,
                                       List<Interpretation.RepeatedNumber> repeated) {
        List<String> themes = new ArrayList<>();
        int n = cards.size();
        if (n >= 3 && balance.majorArcana() * 2 > n) {
            themes.add("Major forces at work: most cards are major arcana, so this is about life lessons and turning points more than day-to-day events.");
        } else if (n >= 3 && balance.majorArcana() == 0) {
            themes.add("Everyday matters: no major arcana appear, so the situation lies largely in your own hands and can change with practical choices.");
        }
        String topSuit = null;
        int topCount = 0;
        for (Map.Entry<String, Integer> e : balance.suits().entrySet()) {
            if (e.getValue() > topCount) {
                topSuit = e.getKey();
                topCount = e.getValue();
            }
        }
        if (topSuit != null && topCount >= 2 && topCount * 3 >= n) {
            themes.add("The suit of " + topSuit + " leads (" + topCount + " cards): " + SUIT_THEMES.get(topSuit) + ".");
        }
        if (balance.dominantElement() != null && n >= 3) {
            themes.add("The element of " + balance.dominantElement() + " is strongest.");
        }
        if (!balance.missingElements().isEmpty()) {
            themes.add("Missing element" + (balance.missingElements().size() > 1 ? "s" : "") + ": "
                    + String.join(", ", balance.missingElements()) + " - a quality the situation may be lacking.");
        }
        if (n >= 3 && balance.reversed() * 2 > n) {
            themes.add("Many reversals: energy is blocked, delayed or turned inward; look at what is being resisted.");
        } else if (n >= 3 && balance.reversed() == 0) {
            themes.add("All cards upright: the energies flow openly and are readily available to you.");
        }
        for (Interpretation.RepeatedNumber r : repeated) {
            themes.add("Repeated number " + r.number() + " (" + r.count() + " cards): " + r.meaning() + ".");
        }
        Map<String, Integer> keywordCounts = new LinkedHashMap<>();
        for (PositionedCard pc : cards) {
            for (String keyword : pc.card().keywords(pc.reversed())) {
                keywordCounts.merge(keyword.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        keywordCounts.forEach((keyword, count) -> {
            if (count >= 2) {
                themes.add("Recurring idea: " + keyword + ".");
            }
        });
        if (themes.isEmpty()) {
            PositionedCard first = cards.get(0);
            List<String> keywords = first.card().keywords(first.reversed());
            themes.add("Central idea: " + (keywords.isEmpty() ? first.card().name() : keywords.get(0)) + ".");
        }
        return List.copyOf(themes);
    }

    private static String summary(ReadingRequestContext context, LifeArea area, List<PositionedCard> cards,
                                  Interpretation.Balance balance) {
        StringBuilder s = new StringBuilder();
        if (area != LifeArea.GENERAL) {
            s.append("Your question concerns ").append(areaPhrase(area)).append(", and the cards are read in that light. ");
        }
        s.append("In this ").append(context.spreadName()).append(" reading ");
        if (cards.size() == 1) {
            PositionedCard only = cards.get(0);
            s.append(only.card().name()).append(only.reversed() ? " appears reversed" : " appears upright")
                    .append(", pointing to ").append(joinKeywords(only)).append(". ");
        } else {
            PositionedCard first = cards.get(0);
            PositionedCard last = cards.get(cards.size() - 1);
            s.append("the story moves from ").append(first.card().name()).append(first.reversed() ? " (reversed)" : "")
                    .append(" in ").append(first.position().name()).append(", about ").append(joinKeywords(first))
                    .append(", to ").append(last.card().name()).append(last.reversed() ? " (reversed)" : "")
                    .append(" in ").append(last.position().name()).append(", about ").append(joinKeywords(last))
                    .append(". ");
            s.append(balance.majorArcana()).append(" of ").append(cards.size())
                    .append(balance.majorArcana() == 1 ? " card is" : " cards are").append(" major arcana and ")
                    .append(balance.reversed()).append(balance.reversed() == 1 ? " is" : " are").append(" reversed. ");
        }
        if (balance.dominantElement() != null && cards.size() > 1) {
            s.append("The prevailing element is ").append(balance.dominantElement()).append('.');
        }
        return s.toString().strip();
    }

    private static String advice(List<PositionedCard> cards, Interpretation.Balance balance, LifeArea area) {
        PositionedCard last = cards.get(cards.size() - 1);
        StringBuilder a = new StringBuilder();
        a.append("Take the final card, ").append(last.card().name()).append(last.reversed() ? " reversed" : "")
                .append(", as your guide: ");
        a.append(last.reversed()
                ? "work on what blocks " + joinKeywords(last) + " before pushing forward."
                : "lean into " + joinKeywords(last) + ".");
        if (balance.dominantElement() != null) {
            a.append(" With ").append(balance.dominantElement()).append(" strongest, ")
                    .append(ELEMENT_ADVICE.get(balance.dominantElement())).append('.');
        } else if (!balance.missingElements().isEmpty()) {
            String missing = balance.missingElements().get(0);
            a.append(" Bring in some ").append(missing).append(": ").append(ELEMENT_ADVICE.get(missing)).append('.');
        }
        if (area == LifeArea.HEALTH) {
            a.append(" The cards offer reflection, not medical advice: for any health concern, see a qualified professional.");
        } else if (area == LifeArea.FINANCE) {
            a.append(" For significant financial decisions, check the numbers with a qualified adviser.");
        }
        return a.toString();
    }

    private static String joinKeywords(PositionedCard pc) {
        List<String> words = pc.card().keywords(pc.reversed());
        if (words.isEmpty()) {
            return pc.card().name();
        }
        return words.size() == 1 ? words.get(0) : words.get(0) + " and " + words.get(1);
    }

    private static String areaPhrase(LifeArea area) {
        return switch (area) {
            case LOVE -> "love and relationships";
            case CAREER -> "work and career";
            case FINANCE -> "money and material security";
            case HEALTH -> "health and wellbeing";
            case SPIRITUAL -> "your spiritual path";
            case GENERAL -> "your situation";
        };
    }

    private static String stripPeriod(String text) {
        String t = text == null ? "" : text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
