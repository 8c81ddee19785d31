-- V3__seed_tarot_spreads.sql
-- Public, built-in tarot spreads (is_custom = false, created_by = NULL, is_public = true).
--
-- layout_data format:
--   {"positions": [{"index": 0, "name": "...", "meaning": "...", "x": 0.5, "y": 0.5}, ...]}
--   * positions are ordered; index is 0-based and equals the draw / placement order
--   * name is unique within a spread; meaning is one sentence for the reader
--   * x, y are relative coordinates of the card centre in [0, 1] (x to the right,
--     y downwards), unique per spread; the client scales them to its canvas
--   * card_count = number of positions
-- Celtic Cross: position 1 (Challenge) is the card laid crosswise over position 0
-- (Present); it has its own coordinates, offset from the centre card, and clients
-- are expected to draw it rotated by 90 degrees.
-- difficulty_level: beginner | intermediate | advanced
-- category: general | love | career | decision | spiritual | daily

-- Single Card (1 card)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Single Card',
    'A single card drawn as the theme of the day. Quick, focused and ideal for building a daily practice and getting to know the cards one at a time.',
    1,
    '{"positions": [
        {"index": 0, "name": "Card of the Day", "meaning": "The energy, lesson or advice to keep in mind as the day unfolds.", "x": 0.5, "y": 0.5}
    ]}'::jsonb,
    'beginner',
    'daily',
    false,
    NULL,
    true
);

-- Three Card: Past, Present, Future (3 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Three Card: Past, Present, Future',
    'The classic three-card line read from left to right as a story in time: what led here, where things stand and where they are heading if nothing changes.',
    3,
    '{"positions": [
        {"index": 0, "name": "Past", "meaning": "What led here: the events, choices and influences behind the current situation.", "x": 0.2, "y": 0.5},
        {"index": 1, "name": "Present", "meaning": "Where things stand now and the main energy at work in the situation.", "x": 0.5, "y": 0.5},
        {"index": 2, "name": "Future", "meaning": "The likely direction if the present course continues.", "x": 0.8, "y": 0.5}
    ]}'::jsonb,
    'beginner',
    'general',
    false,
    NULL,
    true
);

-- Celtic Cross (10 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Celtic Cross',
    'The traditional ten-card spread described by A. E. Waite: a cross of six cards showing the situation, its challenge, roots, past, possibilities and near future, beside a staff of four cards showing the querent, their surroundings, hopes and fears and the final outcome. The challenge card is laid across the present card.',
    10,
    '{"positions": [
        {"index": 0, "name": "Present", "meaning": "The heart of the matter: the situation and the atmosphere surrounding the question now.", "x": 0.3, "y": 0.5},
        {"index": 1, "name": "Challenge", "meaning": "What crosses you: the obstacle or opposing force that must be dealt with, laid across the present card.", "x": 0.34, "y": 0.55},
        {"index": 2, "name": "Foundation", "meaning": "What lies beneath: the root and basis of the situation, often something already absorbed into the past.", "x": 0.3, "y": 0.82},
        {"index": 3, "name": "Recent Past", "meaning": "What is behind you: an influence that has just passed or is now passing away.", "x": 0.1, "y": 0.5},
        {"index": 4, "name": "Crown", "meaning": "What crowns you: the best that can be achieved, or the conscious goal hovering over the situation.", "x": 0.3, "y": 0.18},
        {"index": 5, "name": "Near Future", "meaning": "What is before you: the influence that will come into action soon.", "x": 0.5, "y": 0.5},
        {"index": 6, "name": "Self", "meaning": "The querent: your own attitude, fears and position in the circumstances.", "x": 0.8, "y": 0.88},
        {"index": 7, "name": "Environment", "meaning": "Your house: the influence of family, friends, work and surroundings on the matter.", "x": 0.8, "y": 0.64},
        {"index": 8, "name": "Hopes and Fears", "meaning": "What you hope for or dread, which are often two sides of the same wish.", "x": 0.8, "y": 0.4},
        {"index": 9, "name": "Outcome", "meaning": "What will come: the culmination brought about by all the other influences.", "x": 0.8, "y": 0.16}
    ]}'::jsonb,
    'advanced',
    'general',
    false,
    NULL,
    true
);

-- Horseshoe (7 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Horseshoe',
    'Seven cards laid in an open horseshoe, a lucky shape that moves from the past through hidden influences and obstacles to advice and outcome. Good for a situation that needs a clear, practical overview.',
    7,
    '{"positions": [
        {"index": 0, "name": "Past", "meaning": "Past influences still affecting the question.", "x": 0.1, "y": 0.3},
        {"index": 1, "name": "Present", "meaning": "The present circumstances and how you stand in them.", "x": 0.23, "y": 0.55},
        {"index": 2, "name": "Hidden Influences", "meaning": "Factors you are not yet aware of, or do not fully acknowledge.", "x": 0.37, "y": 0.75},
        {"index": 3, "name": "Obstacles", "meaning": "The main difficulty standing between you and the outcome you want.", "x": 0.5, "y": 0.85},
        {"index": 4, "name": "External Influences", "meaning": "The attitudes of other people and outside forces that bear on the matter.", "x": 0.63, "y": 0.75},
        {"index": 5, "name": "Advice", "meaning": "The best course of action suggested by the cards.", "x": 0.77, "y": 0.55},
        {"index": 6, "name": "Outcome", "meaning": "The likely result if the advice is followed.", "x": 0.9, "y": 0.3}
    ]}'::jsonb,
    'intermediate',
    'general',
    false,
    NULL,
    true
);

-- Relationship (7 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Relationship',
    'A seven-card spread for any close relationship, romantic or otherwise: each person is read side by side, then the bond itself, what supports it, what strains it, what it needs and where it is going.',
    7,
    '{"positions": [
        {"index": 0, "name": "You", "meaning": "How you feel and what you bring to the relationship right now.", "x": 0.2, "y": 0.3},
        {"index": 1, "name": "Connection", "meaning": "The bond between you as it currently is: its tone and its character.", "x": 0.5, "y": 0.3},
        {"index": 2, "name": "Partner", "meaning": "How the other person feels and what they bring to the relationship.", "x": 0.8, "y": 0.3},
        {"index": 3, "name": "Strengths", "meaning": "What holds you together and can be relied upon.", "x": 0.3, "y": 0.6},
        {"index": 4, "name": "Advice", "meaning": "What the relationship needs from both of you now.", "x": 0.5, "y": 0.6},
        {"index": 5, "name": "Challenges", "meaning": "What strains the relationship or keeps you apart.", "x": 0.7, "y": 0.6},
        {"index": 6, "name": "Outlook", "meaning": "Where the relationship is heading if the present dynamic continues.", "x": 0.5, "y": 0.88}
    ]}'::jsonb,
    'intermediate',
    'love',
    false,
    NULL,
    true
);

-- Career Path (6 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Career Path',
    'Six cards laid as a rising path for questions about work, vocation and professional direction, from where you stand today to where the next steps lead.',
    6,
    '{"positions": [
        {"index": 0, "name": "Current Position", "meaning": "Where you stand in your working life today and how it feels.", "x": 0.1, "y": 0.85},
        {"index": 1, "name": "Strengths", "meaning": "The skills and qualities you can build on.", "x": 0.26, "y": 0.72},
        {"index": 2, "name": "Obstacles", "meaning": "What holds your career back, whether inside you or around you.", "x": 0.42, "y": 0.59},
        {"index": 3, "name": "Hidden Opportunity", "meaning": "A possibility you have not yet noticed or taken seriously.", "x": 0.58, "y": 0.46},
        {"index": 4, "name": "Next Step", "meaning": "The practical action the cards recommend now.", "x": 0.74, "y": 0.33},
        {"index": 5, "name": "Likely Outcome", "meaning": "Where this path leads if you take that step.", "x": 0.9, "y": 0.2}
    ]}'::jsonb,
    'intermediate',
    'career',
    false,
    NULL,
    true
);

-- Yes or No (3 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Yes or No',
    'Three cards for a clear yes-or-no question. Upright cards lean toward yes and reversed cards toward no; two out of three decides, and the positions explain why.',
    3,
    '{"positions": [
        {"index": 0, "name": "Present Energy", "meaning": "The forces currently at work around the question.", "x": 0.2, "y": 0.5},
        {"index": 1, "name": "Hidden Factor", "meaning": "What is influencing the answer beneath the surface.", "x": 0.5, "y": 0.5},
        {"index": 2, "name": "Answer", "meaning": "The final word: upright leans yes, reversed leans no, and the card shows the spirit of the answer.", "x": 0.8, "y": 0.5}
    ]}'::jsonb,
    'beginner',
    'decision',
    false,
    NULL,
    true
);

-- Mind, Body, Spirit (3 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Mind, Body, Spirit',
    'A three-card check-in laid as a triangle, one card each for the state of your thoughts, your physical self and your spirit, to show where balance is needed.',
    3,
    '{"positions": [
        {"index": 0, "name": "Mind", "meaning": "Your current mental state: thoughts, worries and clarity.", "x": 0.5, "y": 0.25},
        {"index": 1, "name": "Body", "meaning": "Your physical self and what it is asking of you.", "x": 0.25, "y": 0.75},
        {"index": 2, "name": "Spirit", "meaning": "Your inner life and your connection to something larger than yourself.", "x": 0.75, "y": 0.75}
    ]}'::jsonb,
    'beginner',
    'spiritual',
    false,
    NULL,
    true
);

-- Situation, Action, Outcome (3 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Situation, Action, Outcome',
    'A practical three-card line: what is going on, what to do about it and what that action is likely to bring.',
    3,
    '{"positions": [
        {"index": 0, "name": "Situation", "meaning": "The situation as it truly is, including what you may be overlooking.", "x": 0.2, "y": 0.5},
        {"index": 1, "name": "Action", "meaning": "The action or attitude the cards advise you to take.", "x": 0.5, "y": 0.5},
        {"index": 2, "name": "Outcome", "meaning": "The likely result of taking that action.", "x": 0.8, "y": 0.5}
    ]}'::jsonb,
    'beginner',
    'general',
    false,
    NULL,
    true
);

-- Two Paths (7 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Two Paths',
    'A seven-card decision spread: the heart of the choice at the base, with two columns of three cards showing what each path offers, what it costs and where it leads.',
    7,
    '{"positions": [
        {"index": 0, "name": "The Choice", "meaning": "The heart of the decision and what is really at stake for you.", "x": 0.5, "y": 0.85},
        {"index": 1, "name": "Path A: Offers", "meaning": "What the first option offers and why it attracts you.", "x": 0.25, "y": 0.6},
        {"index": 2, "name": "Path A: Costs", "meaning": "What the first option would cost or ask you to give up.", "x": 0.25, "y": 0.38},
        {"index": 3, "name": "Path A: Leads To", "meaning": "Where the first option is likely to lead.", "x": 0.25, "y": 0.15},
        {"index": 4, "name": "Path B: Offers", "meaning": "What the second option offers and why it attracts you.", "x": 0.75, "y": 0.6},
        {"index": 5, "name": "Path B: Costs", "meaning": "What the second option would cost or ask you to give up.", "x": 0.75, "y": 0.38},
        {"index": 6, "name": "Path B: Leads To", "meaning": "Where the second option is likely to lead.", "x": 0.75, "y": 0.15}
    ]}'::jsonb,
    'intermediate',
    'decision',
    false,
    NULL,
    true
);

-- New Moon Intentions (5 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'New Moon Intentions',
    'Five cards laid in a crescent at the new moon, the traditional time for planting intentions: what is ready to begin, what to release and how to nurture the seed until the full moon.',
    5,
    '{"positions": [
        {"index": 0, "name": "Ready to Begin", "meaning": "What is ready to be born in your life this lunar cycle.", "x": 0.2, "y": 0.2},
        {"index": 1, "name": "Intention", "meaning": "The intention to set and hold for the coming weeks.", "x": 0.35, "y": 0.4},
        {"index": 2, "name": "Release", "meaning": "What to let go of so the intention has room to grow.", "x": 0.42, "y": 0.6},
        {"index": 3, "name": "Support", "meaning": "The help and resources available to you this cycle.", "x": 0.35, "y": 0.8},
        {"index": 4, "name": "Nurture", "meaning": "How to tend the intention until it bears fruit at the full moon.", "x": 0.2, "y": 0.95}
    ]}'::jsonb,
    'beginner',
    'spiritual',
    false,
    NULL,
    true
);

-- Year Ahead (12 cards)
INSERT INTO tarot.tarot_spreads (
    name, description, card_count, layout_data, difficulty_level, category, is_custom, created_by, is_public
) VALUES (
    'Year Ahead',
    'Twelve cards laid in a circle like a clock face, one for each month starting from the month of the reading, to map the themes and turning points of the year ahead.',
    12,
    '{"positions": [
        {"index": 0, "name": "Month 1", "meaning": "The opening month: what begins and sets the tone for the year.", "x": 0.5, "y": 0.1},
        {"index": 1, "name": "Month 2", "meaning": "The second month: how the first steps take root.", "x": 0.7, "y": 0.154},
        {"index": 2, "name": "Month 3", "meaning": "The third month: growth, momentum or a first test.", "x": 0.846, "y": 0.3},
        {"index": 3, "name": "Month 4", "meaning": "The fourth month: foundations, home and what needs securing.", "x": 0.9, "y": 0.5},
        {"index": 4, "name": "Month 5", "meaning": "The fifth month: creativity, pleasure and what brings joy.", "x": 0.846, "y": 0.7},
        {"index": 5, "name": "Month 6", "meaning": "The sixth month: work, health and daily routines at midyear.", "x": 0.7, "y": 0.846},
        {"index": 6, "name": "Month 7", "meaning": "The seventh month: relationships and partnerships in focus.", "x": 0.5, "y": 0.9},
        {"index": 7, "name": "Month 8", "meaning": "The eighth month: shared resources, change and what must be released.", "x": 0.3, "y": 0.846},
        {"index": 8, "name": "Month 9", "meaning": "The ninth month: learning, travel and widening horizons.", "x": 0.154, "y": 0.7},
        {"index": 9, "name": "Month 10", "meaning": "The tenth month: ambitions, reputation and public achievements.", "x": 0.1, "y": 0.5},
        {"index": 10, "name": "Month 11", "meaning": "The eleventh month: friendships, community and hopes for the future.", "x": 0.154, "y": 0.3},
        {"index": 11, "name": "Month 12", "meaning": "The closing month: rest, reflection and what the year has taught you.", "x": 0.3, "y": 0.154}
    ]}'::jsonb,
    'advanced',
    'general',
    false,
    NULL,
    true
);
