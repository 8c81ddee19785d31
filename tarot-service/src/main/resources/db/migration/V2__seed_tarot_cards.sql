-- V2__seed_tarot_cards.sql
-- Seed data for tarot.tarot_cards: the complete 78-card Rider-Waite-Smith deck
-- (22 major arcana + 4 suits x 14 minor arcana).
--
-- TEXT
--   Card texts are original writing for SAMIA TAROT. Imagery follows the 1909
--   Rider-Waite-Smith designs; traditional meanings draw on (and paraphrase) the
--   public-domain A. E. Waite, "The Pictorial Key to the Tarot" (1911). No modern
--   copyrighted text is reproduced. Health texts are supportive guidance only and
--   never a diagnosis.
--
-- CONVENTIONS
--   card_key      'the-fool' .. 'the-world' (majors), '<rank>-of-<suit>' (minors).
--   number        majors 0..21 in Rider-Waite order (Strength = 8, Justice = 11);
--                 minors 1..14: Ace = 1, Two..Ten = 2..10, Page = 11, Knight = 12,
--                 Queen = 13, King = 14.
--   image_url     relative path 'cards/<card_key>.jpg'; the API prefixes a
--                 configurable base URL.
--   numerology    ONE rule for all 78 cards: the card's number reduced to a single
--                 digit by repeated digit sum; 0 stays 0 (The Fool).
--                 Majors: 10 -> 1, 11 -> 2, ..., 19 -> 1, 20 -> 2, 21 -> 3.
--                 Minors: Ace..Nine = 1..9, Ten -> 1, Page (11) -> 2,
--                 Knight (12) -> 3, Queen (13) -> 4, King (14) -> 5.
--
-- CORRESPONDENCES (Hermetic Order of the Golden Dawn)
--   element       suits: wands = fire, cups = water, swords = air,
--                 pentacles = earth (every minor card carries its suit's element).
--                 Majors: zodiacal trumps take the element of their sign;
--                 planetary trumps the element the Golden Dawn assigns the
--                 planet (Mercury air, Moon water, Venus earth, Jupiter fire,
--                 Mars fire, Sun fire, Saturn earth); the three "mother letter"
--                 trumps their element: Fool (Aleph) air, Hanged Man (Mem) water,
--                 Judgement (Shin) fire.
--   planet /      Majors: planetary trumps -> planet (zodiac_sign NULL);
--   zodiac_sign   zodiacal trumps -> zodiac_sign (planet NULL); the three elemental
--                 trumps carry the modern outer planet of their element
--                 (Fool Uranus, Hanged Man Neptune, Judgement Pluto; zodiac NULL).
--                 Pips Two..Ten: the Golden Dawn decan, planet in sign (table below).
--                 Aces: element only (planet and zodiac_sign NULL) - the roots of
--                 the elements.
--                 Courts: planet NULL; zodiac_sign = the sign that holds two of the
--                 three decans the Golden Dawn gives the card (each court rules
--                 from 21 deg of one sign to 20 deg of the next). Rider-Waite
--                 ranks map to Golden Dawn ranks as:
--                   Knight = GD King/Knight (mutable signs),
--                   Queen  = GD Queen       (cardinal signs),
--                   King   = GD Prince      (fixed signs),
--                   Page   = GD Princess    (rules a quadrant of the heavens,
--                                              not zodiac degrees -> NULL).
--   hebrew_letter majors only, Golden Dawn attribution, transliterated
--                 (The Emperor = Heh, The Star = Tzaddi); minors NULL.
--
--   MAJORS         0 The Fool            Aleph   air    Uranus   -
--                  1 The Magician        Beth    air    Mercury  -
--                  2 The High Priestess  Gimel   water  Moon     -
--                  3 The Empress         Daleth  earth  Venus    -
--                  4 The Emperor         Heh     fire   -        Aries
--                  5 The Hierophant      Vav     earth  -        Taurus
--                  6 The Lovers          Zayin   air    -        Gemini
--                  7 The Chariot         Cheth   water  -        Cancer
--                  8 Strength            Teth    fire   -        Leo
--                  9 The Hermit          Yod     earth  -        Virgo
--                 10 Wheel of Fortune    Kaph    fire   Jupiter  -
--                 11 Justice             Lamed   air    -        Libra
--                 12 The Hanged Man      Mem     water  Neptune  -
--                 13 Death               Nun     water  -        Scorpio
--                 14 Temperance          Samekh  fire   -        Sagittarius
--                 15 The Devil           Ayin    earth  -        Capricorn
--                 16 The Tower           Peh     fire   Mars     -
--                 17 The Star            Tzaddi  air    -        Aquarius
--                 18 The Moon            Qoph    water  -        Pisces
--                 19 The Sun             Resh    fire   Sun      -
--                 20 Judgement           Shin    fire   Pluto    -
--                 21 The World           Tav     earth  Saturn   -
--
--   DECANS (Two..Ten)
--                       wands                   cups                    swords                  pentacles
--                 Two   Mars in Aries           Venus in Cancer         Moon in Libra           Jupiter in Capricorn
--                 Three Sun in Aries            Mercury in Cancer       Saturn in Libra         Mars in Capricorn
--                 Four  Venus in Aries          Moon in Cancer          Jupiter in Libra        Sun in Capricorn
--                 Five  Saturn in Leo           Mars in Scorpio         Venus in Aquarius       Mercury in Taurus
--                 Six   Jupiter in Leo          Sun in Scorpio          Mercury in Aquarius     Moon in Taurus
--                 Seven Mars in Leo             Venus in Scorpio        Moon in Aquarius        Saturn in Taurus
--                 Eight Mercury in Sagittarius  Saturn in Pisces        Jupiter in Gemini       Sun in Virgo
--                 Nine  Moon in Sagittarius     Jupiter in Pisces       Mars in Gemini          Venus in Virgo
--                 Ten   Saturn in Sagittarius   Mars in Pisces          Sun in Gemini           Mercury in Virgo
--
--   COURTS (zodiac_sign; Golden Dawn span)
--                 Knight of Wands      Sagittarius  (21 Scorpio - 20 Sagittarius)
--                 Queen of Wands       Aries        (21 Pisces - 20 Aries)
--                 King of Wands        Leo          (21 Cancer - 20 Leo)
--                 Knight of Cups       Pisces       (21 Aquarius - 20 Pisces)
--                 Queen of Cups        Cancer       (21 Gemini - 20 Cancer)
--                 King of Cups         Scorpio      (21 Libra - 20 Scorpio)
--                 Knight of Swords     Gemini       (21 Taurus - 20 Gemini)
--                 Queen of Swords      Libra        (21 Virgo - 20 Libra)
--                 King of Swords       Aquarius     (21 Capricorn - 20 Aquarius)
--                 Knight of Pentacles  Virgo        (21 Leo - 20 Virgo)
--                 Queen of Pentacles   Capricorn    (21 Sagittarius - 20 Capricorn)
--                 King of Pentacles    Taurus       (21 Aries - 20 Taurus)
--
-- Plain INSERTs with explicit column lists; applied once by Flyway (or psql).


-- ======================================================================
-- MAJOR ARCANA
-- ======================================================================

-- The Fool
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-fool',
    'The Fool',
    'major',
    NULL,
    0,
    'cards/the-fool.jpg',
    'A young traveller in bright clothes steps toward the edge of a cliff with his eyes on the sky, a white rose in one hand and a small bundle tied to a staff over his shoulder. A white dog leaps at his heels and a yellow sun blazes behind him: he is the spirit at the very start of its journey, carrying little and fearing nothing.',
    'New beginnings undertaken on faith, with an open heart and very little planning. The Fool invites you to step into the unknown, trust the road and let curiosity lead, even if others call it reckless. Innocence here is a strength, not a flaw.',
    'The leap taken without looking, naivety that ignores real dangers, or a folly that others will pay for. Reversed, the Fool can also show the opposite fault: such fear of the new that you stand at the cliff edge forever and never begin.',
    ARRAY['beginnings', 'spontaneity', 'innocence', 'free spirit', 'leap of faith'],
    ARRAY['recklessness', 'naivety', 'hesitation', 'poor judgement', 'fear of change'],
    'A fresh, playful romance or a relationship entering a carefree new chapter. Come to it without old baggage and let it surprise you.',
    'Someone is treating love as a game or refusing to commit to anything beyond the moment. Slow down before jumping into something you have not looked at honestly.',
    'A new job, a change of field or an unconventional venture is calling. Take the first step even without the full map.',
    'An impulsive resignation or an untested plan could leave you stranded. Research the details before you leap.',
    'Openness to new opportunities; a small, playful risk may pay off if you can truly afford to lose it.',
    'Impulsive spending or a gamble you cannot afford. Check the numbers before you sign anything.',
    'Fresh energy and a good time to try a new activity with a light heart and a sense of play.',
    'Haste invites small accidents and strains; watch your footing and respect your limits.',
    'Beginner''s mind: approach your path with wonder, free of dogma and of expectations about where it leads.',
    'Spiritual restlessness, jumping from practice to practice without staying long enough for any of them to take root.',
    'air',
    'Uranus',
    NULL,
    'Aleph',
    0
);

-- The Magician
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-magician',
    'The Magician',
    'major',
    NULL,
    1,
    'cards/the-magician.jpg',
    'A young magus stands at a table, one hand raising a wand toward heaven and the other pointing to the earth, with the lemniscate of infinity floating above his head. On the table lie a cup, a sword, a pentacle and a wand, the four elements ready for his use, while roses and lilies bloom around him.',
    'Skill, will and the power to turn an idea into something real. Every tool you need is already on the table; concentrate, set a clear intention and act. You are the channel through which thought becomes form.',
    'Talent left unused, energy scattered across too many aims, or the Magician''s gift turned toward trickery and manipulation. Watch for illusions, your own included.',
    ARRAY['manifestation', 'willpower', 'skill', 'resourcefulness', 'concentration'],
    ARRAY['manipulation', 'trickery', 'untapped talent', 'scattered energy', 'deceit'],
    'You have the charm and clarity to start or renew a connection. Say plainly what you want and it can come to you.',
    'Beware a smooth talker whose words outrun his actions, or of playing games yourself to gain the upper hand.',
    'Your abilities are noticed. Pitch the idea, launch the project, show what you can do; the timing favours initiative.',
    'Overpromising, lack of focus or a colleague who is not what they seem. Check what is real before you commit.',
    'Resourcefulness turns skills into income; a good moment to negotiate or start a side venture.',
    'Schemes that sound too good to be true usually are. Do not be swayed by a persuasive seller.',
    'Mind and body are working together; willpower helps you commit to a new routine and keep it.',
    'Nervous, scattered energy leaves you drained. Focus on one small change at a time and give your mind quiet.',
    'As above, so below: you are a bridge between spirit and matter, and focused intention shapes your world.',
    'Spiritual power used to impress or control others. Return to sincere practice, without an audience.',
    'air',
    'Mercury',
    NULL,
    'Beth',
    1
);

-- The High Priestess
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-high-priestess',
    'The High Priestess',
    'major',
    NULL,
    2,
    'cards/the-high-priestess.jpg',
    'A veiled woman sits between a black pillar marked B and a white pillar marked J, a curtain embroidered with pomegranates hanging behind her. She holds a half-hidden scroll marked TORA, wears the horned lunar crown and has a crescent moon at her feet: the guardian of the sanctuary and of knowledge that is not spoken aloud.',
    'Intuition, hidden knowledge and the wisdom that comes in stillness. Not everything is revealed yet; listen inward and trust what you sense beneath the surface. Waiting and watching is the right action now.',
    'Ignoring the inner voice, secrets kept too long, or surface information mistaken for truth. Silence may have turned into withdrawal, or hidden agendas are at work around you.',
    ARRAY['intuition', 'mystery', 'inner voice', 'the subconscious', 'stillness'],
    ARRAY['ignored intuition', 'secrets', 'withdrawal', 'superficiality', 'hidden agendas'],
    'A quiet, deep attraction or a bond that grows through mystery. Let it unfold without forcing a declaration.',
    'Hidden feelings or unspoken secrets create distance. Gentle honesty is needed before the silence hardens.',
    'Trust your instincts about a role or a colleague and gather information quietly before you make a move.',
    'Not all the facts are on the table. Beware of office secrets, or of overriding a warning feeling.',
    'Keep financial plans private for now and rely on your sense of what is sound rather than on loud advice.',
    'Hidden costs or unclear terms. Read the fine print you have been avoiding.',
    'Listen to the subtle signals of your body and honour its natural rhythms and need for rest.',
    'You may be overlooking what your body is telling you; a conversation with a professional you trust can bring clarity.',
    'Meditation, dreams and silence open the door to inner knowing. The answers are already within.',
    'Intuition is blocked by noise and anxiety. Clear space before seeking answers outside yourself.',
    'water',
    'Moon',
    NULL,
    'Gimel',
    2
);

-- The Empress
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-empress',
    'The Empress',
    'major',
    NULL,
    3,
    'cards/the-empress.jpg',
    'A crowned woman rests on soft cushions in a lush garden, a field of ripening wheat before her and a waterfall running through a grove behind. Her robe is patterned with pomegranates, her heart-shaped shield bears the sign of Venus and twelve stars circle her head: she is fertile nature and the abundance of the earth.',
    'Abundance, nurture and creative fertility. Life is growing around you; tend it, enjoy the pleasures of the senses and let things ripen in their own season. A time to give and receive care.',
    'Creative block, self-neglect, or care that smothers instead of nourishing. Dependence or stagnation appears where there should be growth.',
    ARRAY['abundance', 'fertility', 'nurturing', 'sensuality', 'creativity'],
    ARRAY['creative block', 'dependence', 'smothering', 'self-neglect', 'stagnation'],
    'Warm, sensual and nurturing love; a relationship that flourishes and may point toward family or a home together.',
    'Over-giving, possessiveness or forgetting your own needs inside the relationship.',
    'Creative projects thrive and efforts bear fruit; a supportive, generous working environment.',
    'Creative drought, or burnout from nurturing everyone else''s work but your own.',
    'Comfortable abundance; investments and steady effort bring a rich harvest.',
    'Overspending on comforts, or a fear of scarcity that blocks generosity.',
    'Nourish yourself with good food, time in nature and rest. A fertile, restorative period.',
    'Self-care has slipped. Reconnect with the body through gentle routines and time outdoors.',
    'Connection with the sacred feminine and the holiness of the natural world.',
    'A spirituality cut off from the body and the earth; ground your practice in the senses.',
    'earth',
    'Venus',
    NULL,
    'Daleth',
    3
);

-- The Emperor
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-emperor',
    'The Emperor',
    'major',
    NULL,
    4,
    'cards/the-emperor.jpg',
    'A bearded ruler sits on a massive stone throne carved with rams'' heads, holding an ankh-shaped sceptre and a golden orb, with armour showing beneath his red robe. Barren mountains rise behind him: he is the principle of order, law and structures built to last.',
    'Authority, structure and stable leadership. Take charge, set clear boundaries and build the framework that allows things to work. Reason and discipline serve you now.',
    'Control that has hardened into domination, rigid rules, or the abuse of power. It can also show the opposite: absent leadership, lack of discipline and the chaos that follows.',
    ARRAY['authority', 'structure', 'leadership', 'stability', 'discipline'],
    ARRAY['domination', 'rigidity', 'excessive control', 'indiscipline', 'stubbornness'],
    'A protective, dependable partner or a relationship built on commitment and clear expectations.',
    'Controlling behaviour or power struggles; rigid expectations are stifling affection.',
    'Leadership roles, promotion and success within established organisations. Take responsibility.',
    'Clashes with a domineering boss, micromanagement, or a role without clear direction.',
    'Disciplined budgeting and long-term planning build lasting security.',
    'Money is either gripped too tightly or managed carelessly; an authority may be acting unfairly.',
    'Structure your days with regular sleep, movement and meals; routine gives you strength.',
    'Stress from carrying too much control. Loosen your grip and allow time for recovery.',
    'Discipline and commitment to practice build a solid spiritual foundation.',
    'Rigid rules and dogma crowd out living experience of the sacred.',
    'fire',
    NULL,
    'Aries',
    'Heh',
    4
);

-- The Hierophant
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-hierophant',
    'The Hierophant',
    'major',
    NULL,
    5,
    'cards/the-hierophant.jpg',
    'A priestly teacher sits between two grey pillars, wearing a triple crown and raising his right hand in blessing. Two crossed keys lie at his feet and two tonsured acolytes kneel before him: he is the bridge between heaven and the community, the keeper of tradition and doctrine.',
    'Tradition, established institutions and learning from a teacher. Shared values and tried paths offer guidance and belonging now. Seek counsel, follow the rite, join the community.',
    'Rebellion against convention, questioning inherited beliefs, or feeling stifled by rules that no longer fit. It is time to test doctrine against your own experience.',
    ARRAY['tradition', 'conformity', 'institutions', 'mentorship', 'shared belief'],
    ARRAY['rebellion', 'nonconformity', 'restriction', 'dogma', 'questioning authority'],
    'A traditional commitment, an engagement or marriage, a bond grounded in shared values and family approval.',
    'An unconventional relationship, or pressure from family and society to fit an expected mould.',
    'Work within established institutions; mentors, formal training and certifications open doors.',
    'Corporate rules feel confining and you want to break away and do things differently.',
    'Conventional, conservative choices such as savings, pensions and sound professional advice.',
    'Question advice that does not fit your situation; do not follow the crowd blindly.',
    'Established, trusted guidance and proven routines serve you well.',
    'Seek a second opinion and find what truly works for you rather than following rules by rote.',
    'Study within a tradition, ritual and teachers; the wisdom of a lineage supports you.',
    'Breaking free of dogma to find a faith that is genuinely your own.',
    'earth',
    NULL,
    'Taurus',
    'Vav',
    5
);

-- The Lovers
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-lovers',
    'The Lovers',
    'major',
    NULL,
    6,
    'cards/the-lovers.jpg',
    'A naked man and woman stand in a garden beneath a great angel who blesses them from the clouds with outstretched arms, the sun shining above. Behind the woman grows the tree of knowledge with its coiled serpent, behind the man a tree of twelve flames, and a mountain rises between them.',
    'Love, union and a choice made from the heart in line with your deepest values. Two people, or two parts of yourself, come into harmony. The choice you make now shapes who you become.',
    'Disharmony, imbalance or a conflict of values. A choice is avoided or made for the wrong reasons, and temptation pulls you away from what you know is right.',
    ARRAY['love', 'union', 'harmony', 'choice', 'aligned values'],
    ARRAY['disharmony', 'imbalance', 'misalignment', 'temptation', 'avoided choice'],
    'Deep connection and mutual commitment; a relationship where both feel seen and chosen.',
    'Unequal effort, conflict, or an outside temptation testing the bond.',
    'Partnerships and collaborations flourish. Choose work that matches your values.',
    'Friction with a business partner, or a decision made against your principles.',
    'Shared finances go well when decisions are made together and reflect common priorities.',
    'Disagreements over money, or a choice between security and desire you have not faced.',
    'Harmony between heart and body; loving relationships support your wellbeing.',
    'Relationship stress is weighing on you. Restore inner balance and lean on trustworthy support.',
    'The union of opposites within; choosing the path of your higher self.',
    'Inner conflict between desire and conscience. Reflect honestly on what you truly want.',
    'air',
    NULL,
    'Gemini',
    'Zayin',
    6
);

-- The Chariot
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-chariot',
    'The Chariot',
    'major',
    NULL,
    7,
    'cards/the-chariot.jpg',
    'A crowned warrior stands in a chariot under a starry canopy, wearing armour decorated with crescent moons and holding a wand but no reins. A black sphinx and a white sphinx draw the car and seem to pull in different directions, while a walled city lies behind: victory is won by will alone.',
    'Determination, willpower and triumph over obstacles. Harness opposing forces within you and drive forward with focus; success comes through self-mastery rather than luck.',
    'Loss of direction, loss of control or aggression that defeats its own purpose. Opposing forces pull you apart and the journey stalls.',
    ARRAY['determination', 'willpower', 'victory', 'self-control', 'momentum'],
    ARRAY['lack of direction', 'loss of control', 'aggression', 'obstacles', 'scattered effort'],
    'Working through challenges as a team; a committed push forward, perhaps a move or a decisive step together.',
    'Two people are pulling the relationship in opposite directions, like the sphinxes; agree on a destination before either of you drives harder.',
    'Ambition and hard work bring success; your drive carries you past the competition.',
    'Lack of direction, or a forceful approach that backfires on you.',
    'Discipline and focus help you reach a financial goal; travel or vehicle costs may feature.',
    'Financial plans stall, and rushing to force them causes setbacks.',
    'Determination supports recovery and fitness goals; you have the drive to see it through.',
    'You are forcing the pace and ignoring fatigue. Steer, do not whip: alternate effort with real recovery.',
    'Self-mastery: the opposing forces within you are held together by conscious will and moved toward one goal.',
    'The ego has grabbed the reins. Let go of the need to control every outcome.',
    'water',
    NULL,
    'Cancer',
    'Cheth',
    7
);

-- Strength
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'strength',
    'Strength',
    'major',
    NULL,
    8,
    'cards/strength.jpg',
    'A woman in white, crowned and girdled with flowers and with the lemniscate above her head, gently closes the jaws of a red lion. There is no struggle in the scene; the beast is tamed by patience and love rather than by force.',
    'Courage, compassion and quiet inner strength. Gentle persistence and self-control achieve what force cannot, and mastering your own instincts brings peace.',
    'Self-doubt, weariness or raw emotion breaking loose. The strength is there but not trusted, or anger and fear are leading instead of the heart.',
    ARRAY['courage', 'compassion', 'patience', 'inner strength', 'self-control'],
    ARRAY['self-doubt', 'weakness', 'insecurity', 'raw emotion', 'lack of discipline'],
    'Patience and compassion deepen love; a bond strong enough to weather storms.',
    'Insecurity or jealousy is doing damage; anger or fear speaks louder than affection.',
    'Quiet confidence earns respect. You can handle difficult people and situations with grace.',
    'A confidence dip leaves you feeling overwhelmed or overlooked.',
    'Patient, steady management and the ability to resist impulses.',
    'Emotional spending or a sense of having lost control over money.',
    'Vitality and resilience; a good sign for recovery and stamina.',
    'You are running on empty. Be gentle with yourself and rebuild your energy slowly.',
    'Taming the ego with love rather than punishment; spiritual courage.',
    'Out of touch with your inner strength; begin by offering yourself compassion.',
    'fire',
    NULL,
    'Leo',
    'Teth',
    8
);

-- The Hermit
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-hermit',
    'The Hermit',
    'major',
    NULL,
    9,
    'cards/the-hermit.jpg',
    'An old man in a grey hooded cloak stands alone on a snowy peak, holding up a lantern in which shines a six-pointed star and leaning on a tall staff. He has climbed away from the world, and the light he carries is both his guide and a beacon for those who follow.',
    'Introspection, solitude and the search for inner truth. Step back from the noise to find your own answers; what you learn in quiet may later guide others.',
    'Isolation that has become loneliness, withdrawal that shuts out help, or a refusal to look inward at all. The lantern is hidden under the cloak.',
    ARRAY['introspection', 'solitude', 'inner guidance', 'wisdom', 'contemplation'],
    ARRAY['isolation', 'loneliness', 'withdrawal', 'paranoia', 'avoidance'],
    'A time to understand yourself before seeking love, or a relationship that honours each partner''s need for space.',
    'Withdrawal is starving the connection; loneliness needs to be spoken about rather than endured.',
    'Focused, independent work, research or a period of reassessing what work truly means to you.',
    'Feeling cut off from colleagues, or hiding from a decision that must be faced.',
    'Careful, cautious review of your finances; spend thoughtfully and plan for the long term.',
    'Isolation in money matters; you may be refusing advice you genuinely need.',
    'Rest, retreat and quiet reflection restore you; time alone is medicine for the mind.',
    'Too much solitude weighs on the spirits. Reach out to friends or supportive people.',
    'A retreat, meditation or the guidance of a wise teacher lights your path.',
    'Spiritual isolation; do not mistake hiding for seeking.',
    'earth',
    NULL,
    'Virgo',
    'Yod',
    9
);

-- Wheel of Fortune
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'wheel-of-fortune',
    'Wheel of Fortune',
    'major',
    NULL,
    10,
    'cards/wheel-of-fortune.jpg',
    'A great wheel inscribed with the letters TARO and Hebrew letters turns in the sky, a sphinx with a sword seated on top, a serpent descending on one side and the jackal-headed Anubis rising on the other. In the four corners the winged creatures of the evangelists read their books among the clouds.',
    'Cycles, destiny and a turning point. Fortune is moving and what was down rises; welcome the change, because the timing is not yours alone to set.',
    'Bad luck, resistance to change, or repeating a cycle you have not learned from. The wheel keeps turning regardless; the question is what you will do next.',
    ARRAY['cycles', 'destiny', 'turning point', 'luck', 'change'],
    ARRAY['bad luck', 'resistance to change', 'setbacks', 'broken cycles', 'loss of control'],
    'A fated-feeling meeting or a happy turn of events in a relationship; timing suddenly works in your favour.',
    'Old patterns repeat themselves, or circumstances beyond your control test the bond.',
    'A lucky break or a sudden opportunity; be ready to move when the wheel turns.',
    'An unexpected setback. Adapt rather than resist, and look for the lesson.',
    'Improving fortunes, windfalls or a change in financial circumstances for the better.',
    'A financial dip; avoid gambling on luck and prepare for leaner seasons.',
    'A turn for the better; energy returns as a difficult phase rotates out and a stronger season begins.',
    'Energy rises and falls with the seasons; pace yourself through a temporary low.',
    'You glimpse the larger pattern behind events, and synchronicities show that the wheel is turning for a reason.',
    'Feeling a victim of fate; reclaim your part in shaping the cycle.',
    'fire',
    'Jupiter',
    NULL,
    'Kaph',
    1
);

-- Justice
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'justice',
    'Justice',
    'major',
    NULL,
    11,
    'cards/justice.jpg',
    'A crowned figure in red sits between two pillars, holding an upright double-edged sword in the right hand and balanced scales in the left. A purple veil hangs behind; one white shoe peeks out from under the robe, a sign that actions have consequences that must be stepped into.',
    'Fairness, truth and cause and effect. Decisions are made with a clear head, accountability is called for and what is due will come. Act with integrity and the scales will favour you.',
    'Unfairness, dishonesty or avoiding responsibility. A decision may be biased, or you are not looking honestly at your own part in the situation.',
    ARRAY['justice', 'fairness', 'truth', 'accountability', 'law'],
    ARRAY['unfairness', 'dishonesty', 'lack of accountability', 'bias', 'avoidance'],
    'Balance and honesty in a relationship; each partner gives and receives in fair measure.',
    'Imbalance, blame or dishonesty. Someone is not taking responsibility for their part.',
    'Fair treatment, contracts signed and legal matters resolved in your favour.',
    'Unfair treatment at work, or a dispute where facts are being twisted.',
    'Balanced books; settlements and financial decisions made with clear judgement.',
    'Legal or financial disputes, or dishonesty around money; keep records straight.',
    'Balance in diet, rest and activity brings health into alignment.',
    'Imbalance has accumulated; take honest stock of your habits and restore equilibrium.',
    'The law of cause and effect: what you sow returns, so live in line with the values you profess.',
    'Avoiding the lessons of the past; face what you have been excusing.',
    'air',
    NULL,
    'Libra',
    'Lamed',
    2
);

-- The Hanged Man
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-hanged-man',
    'The Hanged Man',
    'major',
    NULL,
    12,
    'cards/the-hanged-man.jpg',
    'A young man hangs upside down by one foot from a living T-shaped tree, his other leg bent behind to form a cross and his hands folded behind his back. His face is calm, even serene, and a halo of light surrounds his head: a willing suspension that brings illumination.',
    'Surrender, pause and seeing the world from a new angle. Let go of the need to act; the answer comes when you stop struggling and accept the stillness. A sacrifice now opens insight.',
    'Stalling, needless sacrifice or resistance to an unavoidable pause. You may be martyring yourself, or delaying a decision that is overdue.',
    ARRAY['surrender', 'pause', 'new perspective', 'letting go', 'sacrifice'],
    ARRAY['stalling', 'resistance', 'needless sacrifice', 'indecision', 'martyrdom'],
    'Let the relationship breathe; a pause or a change of perspective brings a new understanding.',
    'Waiting endlessly for someone to change, or making sacrifices that are not returned.',
    'A period of suspension that allows reflection; see your work from a different angle.',
    'Projects stall; you are waiting for something that will not come. Choose to move.',
    'Delay purchases and investments; look at your finances differently before acting.',
    'Stuck in a financial rut; consider what must be released to move forward.',
    'Rest and surrender help healing; slow down and let your body lead.',
    'Restlessness in a necessary recovery period; patience is part of getting better.',
    'Letting go of the ego brings enlightenment; surrender as a spiritual act.',
    'You are fighting the lesson that stillness wants to teach; the harder you struggle, the tighter the rope.',
    'water',
    'Neptune',
    NULL,
    'Mem',
    3
);

-- Death
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'death',
    'Death',
    'major',
    NULL,
    13,
    'cards/death.jpg',
    'A skeleton in black armour rides a white horse, carrying a black banner marked with a white five-petalled rose. A king lies fallen beneath the hooves while a bishop, a maiden and a child meet him in different ways; in the distance the sun rises between two towers.',
    'Endings, transformation and transition. Something has run its course and must be released so that the new can begin. Rarely literal, this card speaks of change as deep and inevitable as the seasons.',
    'Resistance to endings, fear of change or a slow, stagnant decay. Clinging to what is already gone only prolongs the transition.',
    ARRAY['endings', 'transformation', 'transition', 'release', 'renewal'],
    ARRAY['resistance to change', 'stagnation', 'fear of endings', 'clinging', 'decay'],
    'An old pattern ends so the relationship can be reborn, or a necessary ending clears space for new love.',
    'Holding on to a relationship that has ended in all but name, or refusing to let an old pattern die so a better bond can form.',
    'A job, role or entire phase of your working life closes. Grieve it briefly, then walk toward the sunrise between the towers.',
    'Refusing to leave a dead-end role because the unknown frightens you more than the slow decline you already know.',
    'A thorough financial transformation: close old accounts, shed outdated habits and clear debts that belong to a former life.',
    'Clinging to an outdated financial strategy long after it stopped working; the change you postpone will cost more later.',
    'A good time to release habits that no longer serve you; letting go makes room for a deep renewal of energy.',
    'Resistance to necessary lifestyle changes; gentle, steady steps make it easier.',
    'Spiritual rebirth: an old identity is shed like a skin, and what remains is truer and freer.',
    'Fear of transformation; the ego resists dissolving what it has outgrown.',
    'water',
    NULL,
    'Scorpio',
    'Nun',
    4
);

-- Temperance
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'temperance',
    'Temperance',
    'major',
    NULL,
    14,
    'cards/temperance.jpg',
    'A winged angel with one foot on land and one in a pool pours water between two golden cups, the stream flowing at an impossible angle. A solar triangle is marked on the white robe, irises bloom beside the water and a path leads toward a shining crown on the mountains.',
    'Balance, moderation and patient blending of opposites. Find the middle way, combine what seemed incompatible and let time do its quiet alchemy.',
    'Excess, imbalance or impatience. Forces are out of proportion, and haste or overindulgence disrupts the harmony that was forming.',
    ARRAY['balance', 'moderation', 'patience', 'harmony', 'purpose'],
    ARRAY['imbalance', 'excess', 'impatience', 'discord', 'overindulgence'],
    'Patient compromise blends two lives gracefully; neither partner dominates, and the mixture is better than either alone.',
    'Imbalance or clashing priorities; one partner gives too much or too little.',
    'Cooperation and steady, unhurried progress; you find the right blend of people and skills for the task.',
    'Overwork or conflicting goals have upset the mix. Step back and restore a pace you can sustain.',
    'Moderation works: a balanced budget, diversified savings and patience let money grow steadily.',
    'Swinging between thrift and splurging; bring income and spending back into proportion.',
    'The middle path heals: moderate food, movement and rest, blended patiently over time, restore your equilibrium.',
    'Excess in one area of life, whether work, food or late nights, calls for gentle rebalancing rather than harsh correction.',
    'The alchemy of the soul: body, mind and spirit are mixed and tempered into a new, integrated whole.',
    'Spiritual imbalance; you may be neglecting either the inner or the outer life.',
    'fire',
    NULL,
    'Sagittarius',
    'Samekh',
    5
);

-- The Devil
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-devil',
    'The Devil',
    'major',
    NULL,
    15,
    'cards/the-devil.jpg',
    'A horned, bat-winged figure squats on a black pedestal, an inverted pentagram above his brow and a downturned torch in his hand. Chained to the pedestal stand a naked man and woman, grown small horns and tails, yet the chains around their necks are loose enough to lift off.',
    'Bondage, attachment and the shadow self. Addictions, materialism or unhealthy patterns hold you, but the chains are looser than they feel; seeing them is the first step to freedom.',
    'Release, breaking free and reclaiming power. Facing the shadow brings liberation; you recognise the trap and start to step out of it.',
    ARRAY['bondage', 'attachment', 'temptation', 'shadow self', 'materialism'],
    ARRAY['release', 'breaking free', 'detachment', 'reclaiming power', 'awareness'],
    'Intense passion that may tip into obsession or codependency; name the pattern honestly.',
    'Breaking free of a controlling or codependent dynamic; you realise the chain was loose enough to lift off all along.',
    'Feeling chained to a job for the money or status. Examine honestly what binds you and what it costs you.',
    'You walk away from a draining workplace or renegotiate terms, and a sense of control returns.',
    'Debt, materialism or money worries that feel like chains; take stock without shame.',
    'Paying down debts and loosening the hold that possessions and status have had on your choices.',
    'A habit has taken more control than you intended. Support is available, and asking for it is a strength.',
    'Freeing yourself from a compulsive habit; celebrate every step and be patient with the setbacks.',
    'Meet the shadow self honestly; what you refuse to see keeps its power, and what you name begins to loosen.',
    'Awareness breaks the spell: fear and attachment lose their grip, and you step out of the old bondage.',
    'earth',
    NULL,
    'Capricorn',
    'Ayin',
    6
);

-- The Tower
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-tower',
    'The Tower',
    'major',
    NULL,
    16,
    'cards/the-tower.jpg',
    'A tall tower on a rocky peak is struck by lightning, its crown-shaped roof blown off and flames bursting from the windows. Two figures fall headlong through the air among drops of fire shaped like Hebrew Yods: a sudden overthrow of what was built on false foundations.',
    'Sudden upheaval, revelation and the collapse of false structures. What was built on illusion falls; the shock is painful but it clears the ground for truth.',
    'Averting disaster, fear of change, or an upheaval experienced inwardly. The collapse may be delayed, but resisting it only prolongs the crisis.',
    ARRAY['upheaval', 'sudden change', 'revelation', 'chaos', 'awakening'],
    ARRAY['averted disaster', 'fear of change', 'delayed collapse', 'inner upheaval', 'resistance'],
    'A sudden revelation shakes the relationship; what is true will survive and what is false will not.',
    'Avoiding a necessary confrontation or clinging to something already crumbling.',
    'Unexpected job change or a shake-up; a chance to rebuild on truer foundations.',
    'You narrowly avoid a crisis, or fear of inevitable restructuring keeps you frozen. Prepare rather than pretend.',
    'A sudden expense or loss shakes your finances. Once the dust settles, rebuild on truer, sturdier foundations.',
    'A crisis averted, or a lingering problem that must be faced before it grows.',
    'A wake-up call that deserves to be heard. Seek support and make the changes it is asking for.',
    'Warning signs have been waved away for a while; responding calmly now prevents a bigger upheaval later.',
    'A flash of spiritual awakening shatters beliefs that were built on sand; what survives the lightning is real.',
    'Resisting an inner transformation that has already begun; the old tower is cracked whether you admit it or not.',
    'fire',
    'Mars',
    NULL,
    'Peh',
    7
);

-- The Star
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-star',
    'The Star',
    'major',
    NULL,
    17,
    'cards/the-star.jpg',
    'A naked young woman kneels by a pool beneath the night sky, pouring water from one jug into the pool and from another onto the land, where it runs away in five streams. A great eight-pointed star shines above her among seven smaller ones, and an ibis perches in a tree on a distant rise.',
    'Hope, renewal and serenity after the storm. Faith returns and healing flows; you are guided by a quiet light and can afford to share generously what you receive. The future looks brighter than the recent past.',
    'Discouragement, loss of faith or a feeling of being cut off from what once inspired you. Hope is dimmed rather than gone; the star still shines behind the clouds, and small acts of care can rekindle it.',
    ARRAY['hope', 'renewal', 'inspiration', 'serenity', 'healing'],
    ARRAY['despair', 'lost faith', 'discouragement', 'disconnection', 'pessimism'],
    'Healing after heartbreak and a gentle, sincere connection in which you can be seen without masks.',
    'Disillusionment or shaken trust. Tend your own heart first and give hope time to return.',
    'Inspiration and recognition; a hopeful turn where your vision finally finds an audience.',
    'Work has lost its meaning for you. Reconnect with what first drew you to it.',
    'Recovery after a difficult period; steady, well-founded optimism about improving finances.',
    'Pessimism is colouring your money decisions. Focus on one small, achievable step.',
    'A restorative period when energy and calm return; water, sleep and open skies refresh you.',
    'Low spirits are sapping your energy. Reach for gentle support and small sources of joy.',
    'Deep faith and a sense of being guided; connection with something larger than yourself.',
    'Feeling spiritually adrift. Return to the simple practices that once brought comfort.',
    'air',
    NULL,
    'Aquarius',
    'Tzaddi',
    8
);

-- The Moon
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-moon',
    'The Moon',
    'major',
    NULL,
    18,
    'cards/the-moon.jpg',
    'A full moon with a brooding face sheds drops of dew over a path that winds between two towers toward distant hills. A dog and a wolf bay at it from either side while a crayfish crawls out of a pool onto the path: the uncertain road of dreams, instinct and the unconscious.',
    'Illusion, uncertainty and the half-light in which fears and dreams mingle. Things are not as they seem; trust your instincts but move slowly, and do not treat every shadow as a monster or every reflection as truth.',
    'Confusion beginning to clear, fears losing their grip, or deception coming to light. The mists lift, though you should guard against replacing one illusion with another.',
    ARRAY['illusion', 'uncertainty', 'anxiety', 'dreams', 'the unconscious'],
    ARRAY['fear released', 'clarity returning', 'truth revealed', 'repressed emotion', 'confusion lifting'],
    'Uncertainty or unspoken feelings cloud the relationship. Avoid acting on assumptions or projections.',
    'A misunderstanding or a secret comes into the open, and honest talk dispels the fear around it.',
    'Circumstances at work are murky. Gather facts and get agreements in writing before deciding.',
    'Deception uncovered or confusion resolved; your path at work becomes visible again.',
    'Unclear deals carry hidden risks. Verify everything and do not sign on a feeling alone.',
    'Hidden financial issues surface and can now be dealt with in daylight.',
    'Worry and broken sleep may be part of this phase; calming evening routines and a trusted listener help.',
    'Anxieties ease and rest improves as the unknown becomes known.',
    'Dreamwork, intuition and exploring the unconscious, approached with care and grounding.',
    'Illusions fall away and spiritual clarity follows a season of confusion.',
    'water',
    NULL,
    'Pisces',
    'Qoph',
    9
);

-- The Sun
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-sun',
    'The Sun',
    'major',
    NULL,
    19,
    'cards/the-sun.jpg',
    'A naked child rides a white horse beneath a great radiant sun with a human face, holding aloft a long red banner. Sunflowers lean over a grey stone wall behind him: the joy of life in full daylight and innocence regained after the journey through the night.',
    'Joy, success and vitality. Everything is illuminated; warmth, confidence and openness bring achievement and celebration. This is among the most fortunate cards in the deck, a time to shine and to be seen.',
    'Clouds pass in front of the sun: enthusiasm is dampened, success is delayed, or confidence has swollen into arrogance. The light is still there, but you need to step back into it.',
    ARRAY['joy', 'success', 'vitality', 'optimism', 'celebration'],
    ARRAY['dampened joy', 'delays', 'overconfidence', 'inner child neglected', 'clouded outlook'],
    'A happy, open and playful relationship; joy in being together, perhaps celebration of a pregnancy or marriage.',
    'Small disappointments or unrealistic expectations dim the warmth. Let lightness back in.',
    'Success and recognition; your work is seen and rewarded. A strong time for launches.',
    'Delays or overconfidence. Keep your feet on the ground and credit those who helped.',
    'Prosperity and a comfortable flow of money; things you invest in now tend to thrive.',
    'A temporary pinch. Optimism is good, but check it against the numbers.',
    'Vitality and high energy; time outdoors and in daylight does you good.',
    'Energy is lower than usual; daylight, play and rest will lift it.',
    'Radiant clarity and simple joy in existence; the inner child is healed and free.',
    'Heaviness blocks your joy. Reconnect with what delighted you as a child.',
    'fire',
    'Sun',
    NULL,
    'Resh',
    1
);

-- Judgement
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'judgement',
    'Judgement',
    'major',
    NULL,
    20,
    'cards/judgement.jpg',
    'An angel sounds a trumpet hung with a banner bearing a red cross, and from open coffins floating on the water rise naked men, women and children with arms outstretched. Snow-capped mountains stand behind them: the call to awaken and rise to a new life.',
    'Awakening, reckoning and answering a calling. You review the past with honesty, forgive it, and rise renewed into a larger life. A decision or summons arrives that you cannot ignore.',
    'Self-doubt, harsh self-judgement or refusal to hear the call. Old regrets keep you in the coffin; it is time to forgive yourself and answer.',
    ARRAY['awakening', 'rebirth', 'reckoning', 'absolution', 'inner calling'],
    ARRAY['self-doubt', 'harsh self-judgement', 'ignoring the call', 'regret', 'stagnation'],
    'A relationship is renewed after honest reckoning, or a past connection returns in a new form.',
    'Blame and old grievances keep the relationship from moving on.',
    'A calling becomes clear; a career change or a decisive evaluation goes in your favour.',
    'Hesitation about answering a vocation, or fear of being judged holds you back.',
    'A financial reckoning that brings clarity; settle accounts and start fresh.',
    'Avoiding a financial review that needs doing; face the figures calmly.',
    'A renewal of energy and a chance to make a fresh start with your wellbeing.',
    'Self-criticism is draining you; choose encouragement over judgement.',
    'Spiritual awakening and a strong sense of purpose; rebirth into a wider consciousness.',
    'Ignoring the inner call; doubt muffles a voice you already know is true.',
    'fire',
    'Pluto',
    NULL,
    'Shin',
    2
);

-- The World
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'the-world',
    'The World',
    'major',
    NULL,
    21,
    'cards/the-world.jpg',
    'A dancing figure wrapped in a violet scarf floats inside a great oval wreath, holding a wand in each hand. In the four corners the angel, eagle, bull and lion look on from clouds: the completion of the great work and the harmony of the whole.',
    'Completion, integration and accomplishment. A cycle closes with success; you have arrived, and you can celebrate before the next journey begins. Travel and wider horizons may feature.',
    'Incompletion, shortcuts or a lack of closure. Something remains unfinished, and the final step is missing before you can move on.',
    ARRAY['completion', 'integration', 'accomplishment', 'wholeness', 'travel'],
    ARRAY['incompletion', 'lack of closure', 'shortcuts', 'delays', 'unfinished business'],
    'Fulfilment and wholeness in love; a relationship that reaches a milestone or feels complete.',
    'Loose ends from a past relationship prevent you from fully arriving in the present one. Close the circle.',
    'Completion of a major goal: a graduation, a finished project or a role that takes you across borders.',
    'A project is ninety percent done and stalled; the final details need your attention before you can move on.',
    'Financial goals are reached and a long cycle of effort closes with security and a sense of accomplishment.',
    'You are one step away from a financial goal. Do not cut corners on the last stretch.',
    'A sense of wholeness in which body and mind move together like the dancer in the wreath.',
    'Recovery is nearly complete; keep up the routines that brought you here rather than stopping too soon.',
    'Oneness and integration: every lesson of the journey comes together and you feel part of the whole.',
    'A spiritual lesson still waits to be completed; seek closure before starting a new cycle.',
    'earth',
    'Saturn',
    NULL,
    'Tav',
    3
);


-- ======================================================================
-- MINOR ARCANA: WANDS
-- ======================================================================

-- Ace of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ace-of-wands',
    'Ace of Wands',
    'minor',
    'wands',
    1,
    'cards/ace-of-wands.jpg',
    'A hand emerges from a cloud grasping a stout wooden wand that sprouts fresh green leaves, some of them drifting down like sparks. Below lies a river valley with a castle on a distant hill: the raw spark of creative fire offered as a gift, waiting to be taken up.',
    'A surge of inspiration, energy and creative potential. An idea, passion or venture is born, and the drive to begin it is strong; seize the moment while the spark is hot.',
    'Delays, false starts or a burst of enthusiasm that fizzles before it catches. The energy is there but blocked, misdirected or spent on too many things at once.',
    ARRAY['inspiration', 'creative spark', 'new venture', 'enthusiasm', 'potential'],
    ARRAY['delays', 'false start', 'lack of motivation', 'blocked energy', 'fizzled passion'],
    'A new attraction with real heat, or a passionate revival in an existing relationship.',
    'Mixed signals and lukewarm interest; desire flares up and then goes nowhere.',
    'A new project, business idea or role that excites you. Pitch it while the energy is high.',
    'A launch is postponed or a promising idea stalls for want of follow-through.',
    'A new source of income or an entrepreneurial opportunity is within reach.',
    'A money-making idea needs more groundwork before you put funds behind it.',
    'Abundant physical energy; a great time to start an active routine you will enjoy.',
    'Energy comes in bursts and crashes. Pace yourself and build stamina gradually.',
    'A fresh awakening of spiritual passion; something lights you up from within.',
    'The inner fire feels dim. Look for what used to excite your soul and rekindle it.',
    'fire',
    NULL,
    NULL,
    NULL,
    1
);

-- Two of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'two-of-wands',
    'Two of Wands',
    'minor',
    'wands',
    2,
    'cards/two-of-wands.jpg',
    'A man in a red cap stands on the battlements of a castle, holding a small globe in his right hand while his left grasps a staff; a second staff is fixed in a ring on the wall. He looks out over sea and land from the height of what he already owns, and a rose-and-lily cross is carved beside him.',
    'Planning, vision and the first decisions about a bigger future. You have a secure base and the world is in your hand; now you must decide whether to stay where it is comfortable or go out and claim more.',
    'Fear of the unknown, playing it safe or a plan that never leaves the drawing board. Restlessness grows when you have the means to move but not the courage.',
    ARRAY['planning', 'future vision', 'decisions', 'personal power', 'discovery'],
    ARRAY['fear of the unknown', 'lack of planning', 'playing safe', 'restlessness', 'indecision'],
    'You are thinking seriously about a shared future, perhaps a move, a long-distance step or a plan that widens both your worlds.',
    'One partner longs for adventure while the other clings to the familiar castle walls; say out loud what each of you wants.',
    'Strategic planning and long-range goals; consider expansion, travel or going international.',
    'Hesitating over an opportunity because it means leaving a safe position.',
    'Plan investments for growth; your current base can support a bigger move.',
    'Too cautious to grow, or spending without a plan. Decide what you actually want.',
    'Set long-range health goals and map the route to them, as the man with the globe surveys the land he means to travel.',
    'Restlessness from staying in one place too long is wearing on you; a change of scenery or routine would help.',
    'Your spiritual horizon is widening; plan the next stage of your path.',
    'Fear keeps you within familiar beliefs when you are ready to explore further.',
    'fire',
    'Mars',
    'Aries',
    NULL,
    2
);

-- Three of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'three-of-wands',
    'Three of Wands',
    'minor',
    'wands',
    3,
    'cards/three-of-wands.jpg',
    'A calm, stately figure stands with his back to us on a cliff edge, leaning on one of three staves planted in the ground, watching ships sail across a golden sea. The ships are his merchandise going out into the world, and he waits for his ventures to return.',
    'Expansion, foresight and the first results of your efforts. Your plans are underway and you can see further than before; prepare for growth, trade and opportunities from abroad.',
    'Delays, obstacles to long-term plans or a lack of foresight. Ships have not come in yet, and frustration tempts you to give up on a venture that only needs time.',
    ARRAY['expansion', 'foresight', 'progress', 'overseas opportunities', 'enterprise'],
    ARRAY['delays', 'obstacles', 'lack of foresight', 'frustration', 'limited horizons'],
    'The relationship is growing; shared plans, travel or a long-distance love that is working.',
    'Waiting for a partner to commit or for distance to close; keep expectations honest.',
    'Your ventures begin to pay off; trade, exports, travel or new markets open to you.',
    'Shipping delays, slow responses or a project that is not scaling as hoped.',
    'Investments start to show returns; a good time to broaden your financial outlook.',
    'Returns arrive more slowly than expected. Revisit plans rather than abandon them.',
    'Steady progress; your efforts to improve health are beginning to show.',
    'Impatience with slow progress. Consistency matters more than speed now.',
    'A wider perspective opens; you see how far you have come and where you are headed.',
    'Looking only at the near shore; widen your view of what spiritual growth can mean.',
    'fire',
    'Sun',
    'Aries',
    NULL,
    3
);

-- Four of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'four-of-wands',
    'Four of Wands',
    'minor',
    'wands',
    4,
    'cards/four-of-wands.jpg',
    'Four tall staves are planted in the foreground with a great garland of flowers and fruit suspended across them. Two women raise nosegays in welcome, and behind them a bridge leads over a moat to an old manor house: a harvest-home festival of peace and rest.',
    'Celebration, harmony and homecoming. A milestone has been reached and the foundations are secure; gather people you love and enjoy a well-earned festival.',
    'Tension at home, a cancelled celebration or a transition that feels unsettled. The joy is there, but something about belonging or stability is not yet resolved.',
    ARRAY['celebration', 'homecoming', 'harmony', 'community', 'milestone'],
    ARRAY['domestic tension', 'cancelled plans', 'instability', 'lack of support', 'transition'],
    'Engagement, moving in together or a joyful celebration of the relationship.',
    'Disagreements about home or family, or feeling unwelcome among a partner''s people.',
    'A team success worth celebrating; a harmonious workplace or a successful launch.',
    'Lack of recognition or a workplace atmosphere that feels tense and unsettled.',
    'Stability and enough to share; a good moment for a purchase related to home.',
    'Celebrations or household costs stretch the budget; plan before hosting.',
    'A happy, relaxed phase; social joy and a secure home support wellbeing.',
    'Stress from home life or moving affects you; create a calm corner of your own.',
    'Gratitude and belonging; spiritual community and shared ritual nourish you.',
    'Feeling on the outside of a community; find where you genuinely belong.',
    'fire',
    'Venus',
    'Aries',
    NULL,
    4
);

-- Five of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'five-of-wands',
    'Five of Wands',
    'minor',
    'wands',
    5,
    'cards/five-of-wands.jpg',
    'Five young men brandish staves against one another in a confused melee, though no one seems to be hurt. It looks more like a sham fight or a game than a battle: the mimic warfare of competition and clashing wills.',
    'Competition, conflict and the friction of many strong opinions. Everyone is pushing their own agenda; the struggle can sharpen you if you play fair and keep your sense of purpose.',
    'Avoiding conflict, tension finally defusing, or a quarrel turning personal. Reversed, this can show agreement reached after disputes, or inner conflict that never gets voiced.',
    ARRAY['competition', 'conflict', 'rivalry', 'tension', 'disagreement'],
    ARRAY['conflict avoidance', 'resolution', 'inner conflict', 'tension released', 'compromise'],
    'Bickering and competing egos; playful sparring is fine, but make sure the skirmish stays a game and does not become a war.',
    'A truce after a period of squabbling, or a necessary argument you keep dodging to keep the peace.',
    'A competitive environment with many strong voices; brainstorm clashes can produce good ideas if nobody fights dirty.',
    'Workplace friction dies down, or you realise this particular contest is not worth your energy.',
    'Several demands compete for the same money; compare offers carefully and do not let the loudest one win by default.',
    'A dispute over money is easing; a practical compromise is within reach.',
    'Team sports and vigorous, competitive exercise are an excellent outlet for restless, combative energy.',
    'Constant friction is disturbing your rest; step away from pointless arguments and find calmer company.',
    'Debating with people who see things differently sharpens your beliefs and strips away what you only half believed.',
    'The struggle has moved inside; different parts of you want different things and need to be heard.',
    'fire',
    'Saturn',
    'Leo',
    NULL,
    5
);

-- Six of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'six-of-wands',
    'Six of Wands',
    'minor',
    'wands',
    6,
    'cards/six-of-wands.jpg',
    'A horseman crowned with laurel rides through a crowd, carrying a staff tied with a victor''s wreath. Footmen with staves walk beside him looking up; he returns home in triumph and the people acknowledge it.',
    'Victory, public recognition and success after effort. You have earned this; enjoy the acclaim while remembering the people who walked beside you.',
    'Lack of recognition, private success, fall from grace or the fear that a rival is at the gate. Ego can also inflate beyond what the victory justifies.',
    ARRAY['victory', 'recognition', 'success', 'public acclaim', 'self-confidence'],
    ARRAY['lack of recognition', 'fall from grace', 'egotism', 'self-doubt', 'disloyalty'],
    'You feel proud of each other, and the relationship gives you confidence; others notice and admire the bond.',
    'Feeling unappreciated, or living with a partner whose ego needs a constant parade of praise.',
    'A promotion, public praise or a pitch won; your reputation rides into town wearing the laurel.',
    'Someone else takes the credit, or you fear your recent success will not last; keep doing solid work.',
    'A bonus, a prize or a reward for a job well done; success is visible in your finances as well as your reputation.',
    'The applause has not reached your bank balance yet. Avoid spending to keep up a winner''s image.',
    'You are coming out the other side of a challenge, and renewed confidence boosts your vitality.',
    'You feel pressured to look strong in public while you actually need rest; drop the victor''s mask for a while.',
    'Confidence in your path; others may look to you as an example of what perseverance achieves.',
    'Seeking validation from the crowd; the recognition that lasts is the one you give yourself.',
    'fire',
    'Jupiter',
    'Leo',
    NULL,
    6
);

-- Seven of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'seven-of-wands',
    'Seven of Wands',
    'minor',
    'wands',
    7,
    'cards/seven-of-wands.jpg',
    'A young man stands on a craggy height, brandishing a staff against six others that rise toward him from below. He wears mismatched shoes, as if he sprang to defence in haste, yet he holds the higher ground.',
    'Standing your ground, defending your position and persevering against challenge. You have the advantage of height; stay firm in your convictions and do not back down.',
    'Overwhelm, giving up under pressure or becoming defensive about everything. Doubt and anxiety can make you yield ground that was worth holding.',
    ARRAY['perseverance', 'defence', 'standing firm', 'challenge', 'conviction'],
    ARRAY['overwhelm', 'giving up', 'defensiveness', 'exhaustion', 'yielding'],
    'Standing up for your relationship against outside pressure, or for your own needs within it; hold your ground kindly.',
    'Always on the defensive, you treat every conversation as an attack. Put the staff down with someone who is safe.',
    'Competitors are climbing toward your position, but you hold the high ground; argue your case and do not back down.',
    'Worn out by constant challenges, you are tempted to concede a point that is worth defending.',
    'Protect your assets and hold firm in negotiations; you are in a stronger position than the pressure suggests.',
    'Pressured to give way on a money matter; decide calmly whether this particular fight is worth the cost.',
    'Your resilience is strong; keep defending the routines and boundaries that keep you well.',
    'Being on guard all the time is tiring; find a place where you can lower your defences and rest.',
    'You hold to your convictions despite opposition, and the challenge strengthens your faith.',
    'Besieged by doubt and other people''s opinions; return to what you know from your own experience.',
    'fire',
    'Mars',
    'Leo',
    NULL,
    7
);

-- Eight of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'eight-of-wands',
    'Eight of Wands',
    'minor',
    'wands',
    8,
    'cards/eight-of-wands.jpg',
    'Eight flowering staves fly diagonally through the air over open country with a river below, all descending toward their goal. There are no figures here, only motion: swiftness, messages and events arriving all at once.',
    'Speed, movement and rapid progress. Things that were stuck suddenly move; news arrives, travel happens and a flurry of activity brings matters to their conclusion.',
    'Delays, frustration and haste that creates chaos. The arrows scatter or fall short: miscommunication, jealousy or energy without direction.',
    ARRAY['speed', 'momentum', 'swift action', 'news', 'travel'],
    ARRAY['delays', 'frustration', 'haste', 'miscommunication', 'scattered energy'],
    'Things move fast: a whirlwind romance, long-awaited messages or a sudden declaration. Waite called these the arrows of love.',
    'Slow replies, jealous misreadings or texts sent in haste. Wait before firing off a response.',
    'Projects accelerate, decisions come quickly and travel for work is likely; ride the momentum.',
    'Bottlenecks and delayed communications, or mistakes made because everything is being rushed.',
    'Money moves quickly: invoices are paid, offers arrive and opportunities must be answered promptly.',
    'Delayed payments or impulsive transfers; double-check details before you press send.',
    'Plenty of energy and a quick rebound; an active, on-the-move period.',
    'Rushing from one thing to the next leaves you frazzled; slow down and let your breath catch up.',
    'Sudden insights arrive in quick succession, and synchronicities seem to fly toward you.',
    'Growth feels stuck in mid-air; breakthroughs will land in their own time.',
    'fire',
    'Mercury',
    'Sagittarius',
    NULL,
    8
);

-- Nine of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'nine-of-wands',
    'Nine of Wands',
    'minor',
    'wands',
    9,
    'cards/nine-of-wands.jpg',
    'A wary figure with a bandaged head leans on his staff, watching as if for an enemy, while eight other staves stand upright behind him like a palisade. He is battered but still on guard, ready for one more attack.',
    'Resilience, persistence and the last stand before victory. You have been tested and hurt, yet you are still standing; hold on a little longer, because the end is in sight.',
    'Exhaustion, paranoia or giving up just short of the goal. Defensiveness may have become the problem, keeping out help as well as threats.',
    ARRAY['resilience', 'persistence', 'last stand', 'courage', 'boundaries'],
    ARRAY['exhaustion', 'paranoia', 'defensiveness', 'giving up', 'fatigue'],
    'Past hurts make you cautious; protecting your heart is reasonable, but stay open to someone who keeps showing up.',
    'The palisade is so high that no one can reach you. Lower it a little for someone who has earned trust.',
    'The final stretch of a demanding project; you are bruised but still standing, and persistence will carry you over the line.',
    'Burnout looms; ask for reinforcements before you collapse a few steps from the finish.',
    'Guard your resources through a tough patch; you are closer to stability than it feels.',
    'Financial strain has worn you down; seek advice rather than defending the fort alone.',
    'Strong stamina and the ability to bounce back; keep up steady, sensible effort.',
    'Exhaustion calls for rest and help from others; you do not have to carry it alone.',
    'Your trials have made you wiser and tougher; you know now what you are able to endure.',
    'Defensive certainty keeps new insights out; soften your stance and let something in.',
    'fire',
    'Moon',
    'Sagittarius',
    NULL,
    9
);

-- Ten of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ten-of-wands',
    'Ten of Wands',
    'minor',
    'wands',
    10,
    'cards/ten-of-wands.jpg',
    'A man staggers toward a distant town under the weight of ten heavy staves clutched awkwardly in his arms, so that he cannot see where he is going. He will arrive, but the load bends him almost double.',
    'Burden, responsibility and the heavy cost of success. You have taken on too much, and the weight blocks your view; finish the journey but consider what can be put down or shared.',
    'Releasing burdens, delegating or collapsing under the load. Reversed can show the moment you finally put something down, or refusal to let go until you break.',
    ARRAY['burden', 'responsibility', 'overwork', 'stress', 'duty'],
    ARRAY['release', 'delegation', 'collapse', 'burnout', 'letting go'],
    'You are carrying too much of the relationship alone; share the load or talk openly about the imbalance.',
    'You put down a burden that was never yours, or the relationship is strained close to breaking and needs relief.',
    'A heavy workload and long hours; success is coming, but at a price you should count honestly.',
    'Learning to delegate and say no, before burnout forces the issue for you.',
    'Financial responsibilities weigh you down; a careful review of commitments can lighten the load.',
    'Debts or obligations are reduced, and relief arrives as the pressure lifts.',
    'Overwork is taking a toll on the body; make rest and restorative care a priority, not a reward.',
    'Finally setting the bundle down; allow time to recover from how much you have been carrying.',
    'Burdens carried out of duty or guilt; ask which of these sticks are truly yours to carry.',
    'Releasing obligations you took on for the wrong reasons leaves a much lighter spirit.',
    'fire',
    'Saturn',
    'Sagittarius',
    NULL,
    1
);

-- Page of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'page-of-wands',
    'Page of Wands',
    'minor',
    'wands',
    11,
    'cards/page-of-wands.jpg',
    'A young man in a tunic patterned with salamanders stands in a desert landscape with pyramids or dunes behind, holding a tall staff and gazing at its leafy tip. He is in the act of proclamation, full of curiosity about what the wand might do.',
    'Enthusiasm, exploration and exciting news. A fresh spark of curiosity invites you to try something new, learn and discover without worrying yet about the outcome.',
    'Hasty ideas, lack of direction, or news that disappoints. Enthusiasm without follow-through, or fear of starting something new.',
    ARRAY['enthusiasm', 'exploration', 'discovery', 'free spirit', 'good news'],
    ARRAY['lack of direction', 'procrastination', 'hasty ideas', 'disappointing news', 'immaturity'],
    'Flirtation, playful adventures and an exciting message; a new admirer with a bright, adventurous spirit.',
    'Immaturity or flaky behaviour: lots of sparks but no follow-through on plans.',
    'A new idea, course or role sparks your enthusiasm; news of an opening may arrive from an unexpected direction.',
    'Your focus jumps from idea to idea, or a promising proposal is not taken seriously yet.',
    'News of a small opportunity; investing in learning a new skill pays off later.',
    'Purchases made on a whim drain the budget; let excitement cool before buying.',
    'Enthusiasm for a new sport or active hobby; choose movement that feels like play.',
    'You start routines with gusto and abandon them within a week; pick something you genuinely enjoy.',
    'Curiosity draws you toward new spiritual ideas, and an exciting discovery is close.',
    'Flitting between teachings without depth; choose one to explore properly.',
    'fire',
    NULL,
    NULL,
    NULL,
    2
);

-- Knight of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'knight-of-wands',
    'Knight of Wands',
    'minor',
    'wands',
    12,
    'cards/knight-of-wands.jpg',
    'A knight in armour covered with a salamander-patterned tunic rides a rearing horse across a desert, holding a flowering staff aloft, with pyramid-like mounds behind. He is caught in the act of charging off, plumes of flame-coloured feathers streaming from his helmet.',
    'Action, adventure and bold, impulsive energy. A journey, a change of residence or a daring venture is underway; pursue your passion with confidence, though not without a glance at the road.',
    'Recklessness, impatience, or anger that burns bridges. Plans are broken off, departures delayed or energy wasted on starts that never finish.',
    ARRAY['action', 'adventure', 'passion', 'impulsiveness', 'journey'],
    ARRAY['recklessness', 'impatience', 'haste', 'frustration', 'broken plans'],
    'A passionate, exciting romance with a charismatic partner who loves adventure and spontaneity.',
    'Someone who blows hot and cold, or a fling that burns brightly and ends as quickly as it began.',
    'Bold moves, work travel or a fast-moving venture; your confidence opens doors that caution would not.',
    'Charging into projects without a plan; impatience with colleagues creates friction.',
    'Acting quickly on an opportunity brings gains, provided the risk is calculated rather than blind.',
    'Impulsive, risky spending or speculative investments; rein in the horse before it bolts.',
    'High energy and appetite for adventure; outdoor and physically demanding activities suit you.',
    'Impatience leads to strains and minor injuries; warm up and respect your body''s limits.',
    'A passionate spiritual quest, a pilgrimage or a bold leap into unfamiliar practice.',
    'Spiritual impatience; depth requires slowing the gallop.',
    'fire',
    NULL,
    'Sagittarius',
    NULL,
    3
);

-- Queen of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'queen-of-wands',
    'Queen of Wands',
    'minor',
    'wands',
    13,
    'cards/queen-of-wands.jpg',
    'A queen sits on a throne carved with lions, holding a tall staff in her right hand and a sunflower in her left, while a black cat sits watchfully at her feet. Her posture is open and warm, at home among the fire of the suit: confident, magnetic and sure of her own worth.',
    'Confidence, warmth and determined independence. You radiate courage and charisma; take charge of your life with joy and inspire others by your example.',
    'Jealousy, insecurity or demanding behaviour. The fire turns inward as self-doubt, or outward as temper and need for attention.',
    ARRAY['confidence', 'courage', 'warmth', 'independence', 'determination'],
    ARRAY['jealousy', 'insecurity', 'demanding behaviour', 'temper', 'self-doubt'],
    'A warm, vibrant and sociable partner; you attract love through self-assurance and an open heart.',
    'Jealousy or possessiveness, or a dip in confidence that makes you demand reassurance.',
    'Charismatic leadership; you juggle many projects with energy and lift the whole team''s spirits.',
    'Overcommitment, or a controlling streak that alienates the people you depend on.',
    'You know your worth and charge for it; confident, generous money management.',
    'Spending to lift your mood or impress others; watch for purchases made in a flash of temper or pride.',
    'Sunny vitality and enough energy to share; warmth and laughter are good medicine.',
    'Burnout from doing everything yourself; slow down and let your own fire recover.',
    'Owning your inner power and inspiring others by example, like the sunflower turned toward the light.',
    'Self-doubt dims your spiritual confidence; reclaim your faith in your own path.',
    'fire',
    NULL,
    'Aries',
    NULL,
    4
);

-- King of Wands
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'king-of-wands',
    'King of Wands',
    'minor',
    'wands',
    14,
    'cards/king-of-wands.jpg',
    'A king sits on a throne decorated with lions and salamanders, the latter biting their own tails, holding a flowering staff. He leans forward as though about to rise, a small salamander at his feet: a visionary leader whose fire is ready for action.',
    'Vision, leadership and entrepreneurial boldness. You see the big picture and inspire others to follow; act with honour and take charge of the future you want to build.',
    'Impulsiveness, arrogance or tyranny. High expectations become harshness, and vision turns into overbearing demands or ruthlessness.',
    ARRAY['leadership', 'vision', 'entrepreneurship', 'honour', 'boldness'],
    ARRAY['impulsiveness', 'arrogance', 'tyranny', 'high expectations', 'ruthlessness'],
    'A passionate, honourable partner who takes the lead; a bold and loyal commitment.',
    'A domineering or short-tempered partner, or your own impatience damaging intimacy.',
    'Visionary leadership: founding a business, setting direction for others or taking charge of a major initiative.',
    'Overbearing management or demands no team could meet; temper vision with realism.',
    'A bold financial vision pays off; investments in your own enterprise prosper.',
    'Ego-driven, risky decisions with money; listen to counsel before the big move.',
    'Strong vitality; you can lead by example in building healthy habits.',
    'Overcommitment and a hot temper are draining you; learn to cool down and delegate.',
    'Spiritual leadership; you inspire others through example rather than preaching.',
    'Spiritual arrogance creeps in; humility keeps the fire clean.',
    'fire',
    NULL,
    'Leo',
    NULL,
    5
);


-- ======================================================================
-- MINOR ARCANA: CUPS
-- ======================================================================

-- Ace of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ace-of-cups',
    'Ace of Cups',
    'minor',
    'cups',
    1,
    'cards/ace-of-cups.jpg',
    'A hand rises from a cloud holding a great golden cup from which five streams of water pour down into a pool covered with water lilies. A white dove descends toward the cup carrying a wafer marked with a cross: the overflowing source of love and grace.',
    'New love, emotional renewal and an overflowing heart. Compassion, joy and intuition pour into your life; open yourself to receive and to give without counting.',
    'Emotional blockage, love held back or feelings emptied out. You may be closing your heart after hurt, or pouring out to others while leaving nothing for yourself.',
    ARRAY['new love', 'compassion', 'emotional renewal', 'intuition', 'joy'],
    ARRAY['emotional blockage', 'repressed feelings', 'emptiness', 'self-love lacking', 'closed heart'],
    'A new relationship or a fresh outpouring of love in an existing one; feelings flow as freely as the five streams.',
    'You are holding back affection or feel unloved; refill your own cup with kindness before you offer it again.',
    'Work that touches the heart: creative flow, caring roles or a team that genuinely supports one another.',
    'Emotional exhaustion at work, or a role that no longer gives you any sense of fulfilment.',
    'Goodwill returns to you as gifts, help or generosity; money arrives with warmth attached.',
    'Comfort spending or giving away more than you can afford because you find it hard to say no.',
    'Emotional healing supports the body; rest, water and gentleness are restorative now.',
    'Bottled-up feelings weigh on you physically; find a safe outlet or someone to talk to.',
    'Grace descends like the dove: an opening of the heart to divine love.',
    'A dry spell of the spirit; self-compassion reopens the channel.',
    'water',
    NULL,
    NULL,
    NULL,
    1
);

-- Two of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'two-of-cups',
    'Two of Cups',
    'minor',
    'cups',
    2,
    'cards/two-of-cups.jpg',
    'A youth and a maiden face each other and pledge their cups, exchanging vows. Above them rises a caduceus crowned by a winged lion''s head, the emblem of harmony between two natures, and a small house stands in the green country behind.',
    'Partnership, mutual attraction and a union of equals. Respect and affection flow both ways; a new bond, reconciliation or agreement based on genuine connection.',
    'Imbalance, broken communication or a partnership pulled apart. Self-love may be lacking, or one person gives much more than the other.',
    ARRAY['partnership', 'mutual attraction', 'connection', 'unity', 'respect'],
    ARRAY['imbalance', 'broken communication', 'separation', 'tension', 'mistrust'],
    'A soulful mutual attraction, a new romance or a proposal; two people choose each other as equals.',
    'One-sided affection, a quarrel that cools the connection or a rift that needs honest mending.',
    'A strong partnership or collaboration based on goodwill; contracts and agreements go smoothly.',
    'A broken agreement or tension with a business partner; restore communication before it hardens.',
    'Joint finances work well; a partnership brings mutual benefit when both contribute fairly.',
    'Disputes over shared money; clarify who owes what and write it down.',
    'A caring companion makes self-care easier; pair up for walks, meals or checking in on each other.',
    'Relationship strain is draining your energy; a sincere conversation will ease it.',
    'Union with another soul, or with your own inner opposite; the caduceus of healing between two natures.',
    'Disconnection from others or from yourself; reconciliation begins with a small gesture.',
    'water',
    'Venus',
    'Cancer',
    NULL,
    2
);

-- Three of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'three-of-cups',
    'Three of Cups',
    'minor',
    'cups',
    3,
    'cards/three-of-cups.jpg',
    'Three young women in a garden raise their cups high as they dance and toast one another, with pumpkins, grapes and flowers at their feet. The harvest is in, and friendship and merriment crown the season.',
    'Friendship, celebration and community. Joyful gatherings, reunions and the support of those who share your happiness; celebrate what you have accomplished together.',
    'Overindulgence, gossip or isolation from your circle. A third party may intrude, or celebration becomes excess.',
    ARRAY['friendship', 'celebration', 'community', 'creativity', 'reunion'],
    ARRAY['overindulgence', 'gossip', 'isolation', 'third party', 'excess'],
    'Engagements, parties and happy gatherings; friends rejoice with you and support your relationship.',
    'A third person intrudes, or friends gossip about your love life; protect what is private.',
    'Team success and collaborative creativity; celebrate a shared achievement with colleagues.',
    'Cliques, office gossip or too much socialising distracts from the work itself.',
    'Shared good fortune; money for celebrations, group ventures or gifts among friends.',
    'Overspending on nights out, rounds and parties; enjoy the fun but watch the tab.',
    'Laughter and company lift your mood and aid recovery; do not isolate yourself.',
    'A little too much indulgence; moderation brings the body back into balance.',
    'Spiritual community and shared joy; the circle holds you.',
    'You feel outside the circle; look for companions who truly share your values.',
    'water',
    'Mercury',
    'Cancer',
    NULL,
    3
);

-- Four of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'four-of-cups',
    'Four of Cups',
    'minor',
    'cups',
    4,
    'cards/four-of-cups.jpg',
    'A young man sits cross-legged under a tree with arms folded, staring at three cups set on the grass before him. From a cloud, a hand offers him a fourth cup, but he does not seem to notice it: discontent blinds him to the gift being held out.',
    'Apathy, contemplation and withdrawal. You are weary of what is on offer and turned inward; take time to reflect, but do not miss the opportunity hovering right beside you.',
    'Emerging from a slump, new motivation or finally noticing what was offered. Reversed can also show deepening withdrawal when apathy is not addressed.',
    ARRAY['apathy', 'contemplation', 'discontent', 'reevaluation', 'missed opportunity'],
    ARRAY['new motivation', 'awareness', 'acceptance', 'seizing opportunity', 'renewed interest'],
    'Boredom or emotional disengagement; you may be overlooking affection that is being held out to you right now.',
    'Interest in love returns, and you are ready to accept what is offered instead of waving it away.',
    'You feel flat about your current work; before quitting, notice the new offer hovering beside you.',
    'Fresh motivation arrives and you say yes to an opportunity you would have ignored a month ago.',
    'Dissatisfied with your finances but not acting; reassess instead of dismissing every proposal.',
    'A new financial opportunity finally catches your attention; look at it properly.',
    'Low mood and lethargy; gentle movement, fresh air and a little company can shift the stagnation.',
    'Energy and appetite for life return, along with new interest in caring for yourself.',
    'Meditative withdrawal has value, but stay open to grace arriving from an unexpected cloud.',
    'Waking from spiritual apathy; the offered cup turns out to be exactly what you needed.',
    'water',
    'Moon',
    'Cancer',
    NULL,
    4
);

-- Five of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'five-of-cups',
    'Five of Cups',
    'minor',
    'cups',
    5,
    'cards/five-of-cups.jpg',
    'A figure in a long black cloak stands with bowed head looking at three cups spilled on the ground, their contents draining away. Behind him two cups still stand upright, unseen, and across the river a bridge leads to a small castle.',
    'Loss, grief and regret. Something valued is gone and mourning is natural, but the cloak of sorrow hides what remains; when you are ready, turn around and see the two cups still standing.',
    'Acceptance, moving on and finding peace after loss. Alternatively, refusing to let go of regret keeps the wound open.',
    ARRAY['loss', 'grief', 'regret', 'disappointment', 'sorrow'],
    ARRAY['acceptance', 'moving on', 'forgiveness', 'recovery', 'finding peace'],
    'Heartbreak or disappointment; let yourself grieve, then turn around and see the love that is still standing behind you.',
    'Forgiveness and acceptance after a breakup or a painful patch; the heart is ready to cross the bridge.',
    'A setback or lost opportunity; focus on what can still be salvaged rather than the spilled cups.',
    'You recover from a work disappointment, and new prospects come into view.',
    'A financial loss or a regretted decision; learn what it teaches, then rebuild with what remains.',
    'You make peace with a past loss, and your finances stabilise again.',
    'Grief is heavy on the body; allow yourself to feel it and accept comfort from others.',
    'The heaviness begins to lift and energy slowly returns after a hard time.',
    'Loss becomes a teacher, and compassion grows out of what you have mourned.',
    'Releasing regret brings a quiet spiritual peace after sorrow.',
    'water',
    'Mars',
    'Scorpio',
    NULL,
    5
);

-- Six of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'six-of-cups',
    'Six of Cups',
    'minor',
    'cups',
    6,
    'cards/six-of-cups.jpg',
    'In an old walled garden, a boy offers a girl a cup filled with white flowers, while five more cups stand around them brimming with blossoms. A guard walks away in the background: the innocence, memories and simple kindnesses of childhood.',
    'Nostalgia, happy memories and innocent kindness. The past returns as a comfort, a reunion or a simple gift freely given; let its sweetness nourish you without trapping you.',
    'Living in the past, idealised memories or refusal to grow. Reversed can also show leaving childhood patterns behind and looking forward.',
    ARRAY['nostalgia', 'memories', 'innocence', 'kindness', 'reunion'],
    ARRAY['living in the past', 'idealisation', 'immaturity', 'moving forward', 'release'],
    'A sweet, innocent love, a childhood sweetheart or an old flame returning with tenderness.',
    'Comparing your partner with an idealised past; let old romances rest so this one can grow.',
    'Returning to a former field, reconnecting with old colleagues or working with children.',
    'Outdated methods keep you stuck; bring your skills into the present.',
    'Gifts, an inheritance or help from family; generosity with those you love.',
    'Money habits learned in childhood, good or bad, are steering your choices; look at them with adult eyes.',
    'Play, comfort food in moderation and childhood pleasures restore your spirit.',
    'Old emotional wounds surface; gentle reflection or a trusted listener helps.',
    'Reconnect with your inner child and with simple, wholehearted joys.',
    'Releasing nostalgia for the way things used to be opens room to grow.',
    'water',
    'Sun',
    'Scorpio',
    NULL,
    6
);

-- Seven of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'seven-of-cups',
    'Seven of Cups',
    'minor',
    'cups',
    7,
    'cards/seven-of-cups.jpg',
    'A shadowy figure stands before seven cups floating in clouds, each holding a different vision: a head, a veiled glowing figure, a serpent, a castle, jewels, a laurel wreath and a dragon. These are the fairy favours of imagination, each one tempting, and not all of them real.',
    'Choices, wishful thinking and illusion. Many options dazzle you, but some are fantasies; sort the real from the imagined before you commit.',
    'Clarity, focus and decisive action. The mists clear and you choose one path; alternatively, being overwhelmed by too many options.',
    ARRAY['choices', 'fantasy', 'illusion', 'wishful thinking', 'imagination'],
    ARRAY['clarity', 'decisiveness', 'focus', 'reality check', 'determination'],
    'Many romantic possibilities or daydreams about someone; make sure the person you desire is real and not a projection.',
    'Clarity about what you truly want in a relationship; the fantasies fade and one real choice remains.',
    'Several options dazzle you; avoid chasing illusions or spreading yourself too thin across them all.',
    'You cut through the options and commit to one clear direction.',
    'Get-rich-quick offers and glittering jewels in the clouds; scrutinise every one before investing.',
    'Realistic financial choices replace wishful thinking, and focus brings results.',
    'Escapism and distraction tempt you; simple, grounding routines bring you back to earth.',
    'Clear intentions about your wellbeing; choose one healthy habit and keep to it.',
    'Visions and imagination are rich now, but discern true insight from wish-fulfilment.',
    'Spiritual clarity arrives as you cut through illusions and glamour.',
    'water',
    'Venus',
    'Scorpio',
    NULL,
    7
);

-- Eight of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'eight-of-cups',
    'Eight of Cups',
    'minor',
    'cups',
    8,
    'cards/eight-of-cups.jpg',
    'A cloaked figure with a staff walks away from eight neatly stacked cups, heading toward barren mountains under a moon that watches with a sorrowful face. The stack has a gap in it, and he leaves what he built to look for something it could not give.',
    'Walking away, seeking deeper meaning and leaving what no longer fulfils you. Even if things look stable from outside, the heart knows it is time to go.',
    'Fear of leaving, aimless drifting, or returning to what you had walked away from. Indecision between staying and going.',
    ARRAY['walking away', 'disillusionment', 'seeking meaning', 'withdrawal', 'transition'],
    ARRAY['fear of change', 'stagnation', 'aimless drifting', 'avoidance', 'returning'],
    'Leaving a relationship that no longer nourishes you, even though it looks fine from the outside, or seeking something deeper together.',
    'Staying out of fear of being alone, or going back and forth between leaving and returning.',
    'Walking away from a stable job in search of more meaningful work, trusting that the climb is worth it.',
    'You feel empty at work but cannot make yourself leave; fear of the unknown keeps you at the stack of cups.',
    'Walking away from a financial arrangement that drains you, even if it means starting over.',
    'Clinging to a bad investment because of what you have already put in.',
    'Step away from draining situations and take a real retreat to recover.',
    'You know what needs to change but avoid it; take one small step up the path.',
    'A pilgrimage of the soul: leaving the familiar by moonlight to seek a higher truth.',
    'Drifting without direction on the path; decide what you are actually looking for.',
    'water',
    'Saturn',
    'Pisces',
    NULL,
    8
);

-- Nine of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'nine-of-cups',
    'Nine of Cups',
    'minor',
    'cups',
    9,
    'cards/nine-of-cups.jpg',
    'A well-fed man sits contentedly on a wooden bench with arms folded, nine cups arranged behind him on a curved shelf draped with blue cloth. He looks satisfied with himself and his feast; tradition calls this the wish card.',
    'Wishes fulfilled, contentment and satisfaction. Your desires come true and you can relax into comfort and pleasure; gratitude deepens the joy.',
    'Smugness, overindulgence or wishes that disappoint. Materialism or seeking happiness in the wrong places.',
    ARRAY['wishes fulfilled', 'contentment', 'satisfaction', 'gratitude', 'pleasure'],
    ARRAY['smugness', 'overindulgence', 'dissatisfaction', 'materialism', 'unmet wishes'],
    'Emotional contentment; a romantic wish comes true, and you can enjoy it without second-guessing.',
    'Satisfaction that stays on the surface, or expecting a partner to fulfil every wish.',
    'You achieve what you set out to do and feel pleased with your work, with good reason.',
    'Complacency sets in, or the success you wanted feels hollow now that you have it.',
    'Comfort and security; enjoy the rewards, including a small indulgence you have earned.',
    'Overspending on pleasures, or buying things to fill a feeling that money cannot reach.',
    'Good health and hearty enjoyment of food, company and rest.',
    'Too much of a good thing; moderation restores how you feel.',
    'Gratitude turns a wish fulfilled into lasting contentment; count the nine cups before asking for a tenth.',
    'Seeking fulfilment in possessions and comfort alone; look deeper.',
    'water',
    'Jupiter',
    'Pisces',
    NULL,
    9
);

-- Ten of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ten-of-cups',
    'Ten of Cups',
    'minor',
    'cups',
    10,
    'cards/ten-of-cups.jpg',
    'A man and woman stand with arms around each other, raising their free arms toward a rainbow of ten cups arching across the sky, while two children dance beside them. Their cottage sits by a river among green trees: a picture of lasting happiness shared.',
    'Emotional fulfilment, family harmony and lasting happiness. Love is shared and secure; the home is a place of peace and joy.',
    'Broken family harmony, disconnection or unrealistic ideals of happiness. Values clash at home.',
    ARRAY['harmony', 'family', 'emotional fulfilment', 'happiness', 'alignment'],
    ARRAY['broken home', 'disconnection', 'misaligned values', 'disharmony', 'idealisation'],
    'Deep, lasting love; a happy family, a home together or a commitment for life under the rainbow.',
    'Tension at home, or expectations of picture-perfect happiness that real people cannot meet.',
    'A workplace that feels like family and a healthy balance between job and home.',
    'Work and family pull against each other, or a once-close team is fracturing.',
    'Financial security that supports a happy household and shared plans.',
    'Money strain is affecting peace at home; budget together rather than blaming.',
    'Emotional wellbeing flourishes in a loving, supportive home environment.',
    'Stress at home is affecting your wellbeing; seek peace and, if needed, outside support.',
    'Spiritual fulfilment shared with loved ones; the heart feels at home.',
    'The picture of the perfect family hides quiet disconnection; seek a sense of spiritual home that does not depend on appearances.',
    'water',
    'Mars',
    'Pisces',
    NULL,
    1
);

-- Page of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'page-of-cups',
    'Page of Cups',
    'minor',
    'cups',
    11,
    'cards/page-of-cups.jpg',
    'A young page in a tunic patterned with lotus flowers stands by the sea, holding a cup from which a small fish pokes its head out to look at him. He regards it with gentle surprise: imagination, sensitivity and messages from the heart.',
    'Creative beginnings, intuitive messages and emotional openness. Be receptive to surprise, whimsy and sweet news; a gentle invitation to feel and imagine.',
    'Emotional immaturity, creative block or escapism. Unrealistic dreams or feelings hurt too easily.',
    ARRAY['creativity', 'intuition', 'curiosity', 'sensitivity', 'sweet news'],
    ARRAY['emotional immaturity', 'creative block', 'escapism', 'insecurity', 'moodiness'],
    'A sweet message, a new crush or a tender, slightly unexpected romantic gesture.',
    'Emotional immaturity, sulking or romantic fantasies that ignore the real person.',
    'Creative opportunities and unconventional ideas; an intuitive approach works for you.',
    'A creative block, or a naive approach to business that needs grounding.',
    'A small pleasant surprise, or a creative and unusual way to earn.',
    'Daydreaming about money without taking practical action.',
    'Emotional openness and creative play are healing; let yourself be a little whimsical.',
    'You are feeling delicate and easily hurt; nurture yourself gently.',
    'Intuitive messages arrive through dreams, symbols and small coincidences, like a fish rising from a cup.',
    'Ignoring your intuition, or escaping into fantasy instead of listening to it.',
    'water',
    NULL,
    NULL,
    NULL,
    2
);

-- Knight of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'knight-of-cups',
    'Knight of Cups',
    'minor',
    'cups',
    12,
    'cards/knight-of-cups.jpg',
    'A knight in armour rides a white horse slowly and gracefully, holding a cup before him as though bearing an offering. His helmet and heels are winged, and a river winds through the quiet landscape: the romantic bearer of proposals and invitations.',
    'Romance, charm and following the heart. An offer, invitation or proposal arrives; imagination and idealism guide the way.',
    'Moodiness, unrealistic expectations or deception. Charm without substance, or a promise not kept.',
    ARRAY['romance', 'charm', 'imagination', 'proposals', 'idealism'],
    ARRAY['moodiness', 'unrealistic expectations', 'jealousy', 'deception', 'broken promises'],
    'A romantic proposal, a charming suitor or a heartfelt gesture offered with grace.',
    'A charmer who does not follow through, or moodiness and jealousy beneath the poetry.',
    'An appealing offer or a role that matches your passions and creative gifts.',
    'Beautiful plans with no practical structure, or promises that do not hold up.',
    'An offer arrives; follow your heart, but read the figures before accepting.',
    'Spending driven by moods and romantic ideals rather than need.',
    'Gentle, creative activities and emotional balance support your wellbeing.',
    'Mood swings affect your energy; steady routines and regular sleep help.',
    'Following a spiritual calling with devotion and an open heart.',
    'Spiritual fantasy without grounding; the quest needs practice as well as longing.',
    'water',
    NULL,
    'Pisces',
    NULL,
    3
);

-- Queen of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'queen-of-cups',
    'Queen of Cups',
    'minor',
    'cups',
    13,
    'cards/queen-of-cups.jpg',
    'A queen sits on a throne at the water''s edge, decorated with water-babies, gazing intently into an ornate covered cup with angel handles. The sea laps at her feet and pebbles line the shore: loving intelligence and deep, intuitive vision.',
    'Compassion, emotional depth and intuition. You care deeply and sense what others feel; use this gift with calm boundaries to comfort and to heal.',
    'Emotional overwhelm, codependency or insecurity. Sensitivity becomes martyrdom, or the heart is closed for protection.',
    ARRAY['compassion', 'intuition', 'emotional security', 'calm', 'care'],
    ARRAY['overwhelm', 'codependency', 'insecurity', 'martyrdom', 'emotional instability'],
    'A nurturing, deeply understanding partner; love that sees and accepts the whole person.',
    'Codependency or emotional overwhelm; caring for a partner has turned into losing yourself.',
    'Caring professions, counselling and creative fields; empathy is your greatest asset at work.',
    'Compassion fatigue; you are absorbing everyone''s problems and need firmer boundaries.',
    'Intuition guides sound financial choices; generosity balanced with care for yourself.',
    'Emotional decisions about money, or lending to people you cannot say no to.',
    'Emotional balance supports physical health; quiet time near water is restorative.',
    'You feel drained by others'' feelings; protect your energy and rest.',
    'Deep intuition and psychic sensitivity; you can see into the covered cup.',
    'Intuition is clouded by strong emotion; ground yourself before trusting it.',
    'water',
    NULL,
    'Cancer',
    NULL,
    4
);

-- King of Cups
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'king-of-cups',
    'King of Cups',
    'minor',
    'cups',
    14,
    'cards/king-of-cups.jpg',
    'A king sits on a stone throne that floats on a rough sea, holding a cup in his right hand and a short sceptre in his left. A ship sails on one side and a dolphin leaps on the other, yet he remains composed: mastery of feeling amid the waves.',
    'Emotional balance, diplomacy and calm wisdom. You can feel deeply without being swept away; lead with compassion and steady judgement.',
    'Emotional manipulation, moodiness or repressed feelings. Calm masks turbulence, or control of emotion becomes coldness.',
    ARRAY['emotional balance', 'diplomacy', 'compassion', 'calm', 'wisdom'],
    ARRAY['manipulation', 'moodiness', 'repression', 'coldness', 'volatility'],
    'A mature, emotionally steady partner; a caring relationship where feelings are expressed calmly.',
    'Emotional manipulation, coldness or moods used to control the relationship.',
    'Calm leadership, counselling and diplomatic roles; you keep your head when the sea is rough.',
    'Emotional volatility or hidden resentments disrupt work relationships.',
    'You stay calm when markets or bills turn choppy, and that steadiness leads to sensible, unhurried decisions.',
    'Emotions override judgement and lead to financial mistakes.',
    'Emotional equanimity supports wellbeing; you manage stress well.',
    'Feelings pushed down rather than expressed can wear on you; find a healthy outlet.',
    'Spiritual wisdom and compassionate guidance for others.',
    'Spiritual coldness; reconnect with your heart and let yourself feel.',
    'water',
    NULL,
    'Scorpio',
    NULL,
    5
);


-- ======================================================================
-- MINOR ARCANA: SWORDS
-- ======================================================================

-- Ace of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ace-of-swords',
    'Ace of Swords',
    'minor',
    'swords',
    1,
    'cards/ace-of-swords.jpg',
    'A hand emerges from a cloud gripping an upright double-edged sword whose point passes through a golden crown hung with an olive branch and a palm frond. Below lie bare, jagged mountains: the cutting power of the mind, able to win a crown or to wound.',
    'Breakthrough, clarity and the triumph of truth. A new idea or insight cuts through confusion; speak plainly, decide firmly and let the facts lead you.',
    'Confusion, misused intellect or words that wound. A clear head is clouded by doubt, or force of argument is used to dominate rather than to illuminate.',
    ARRAY['clarity', 'breakthrough', 'truth', 'mental power', 'decisive thought'],
    ARRAY['confusion', 'clouded judgement', 'harsh words', 'misinformation', 'mental block'],
    'An honest conversation clears the air; you see the relationship as it really is.',
    'Sharp words and misunderstandings; say what you mean without using it as a weapon.',
    'A brilliant idea, a clear strategy or a decision that cuts a knot at work.',
    'Muddled plans or communication breakdowns; clarify before you act.',
    'Clear analysis of your finances leads to smart decisions and a fresh start.',
    'Confusing contracts or misinformation; insist on plain numbers.',
    'A clear head about what you need; cutting through mixed advice lets you choose a simple, sensible routine and keep to it.',
    'Overthinking and mental fog drain you; rest your mind and simplify.',
    'A flash of insight, sharp as a blade, cuts through illusion and crowns the seeker with understanding.',
    'Intellectualising the spiritual path instead of living it.',
    'air',
    NULL,
    NULL,
    NULL,
    1
);

-- Two of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'two-of-swords',
    'Two of Swords',
    'minor',
    'swords',
    2,
    'cards/two-of-swords.jpg',
    'A blindfolded woman in a white robe sits on a stone bench with her back to the sea, holding two long swords crossed over her breast. A crescent moon hangs above and rocky islets break the water behind her: a balance kept by refusing to look.',
    'Stalemate, difficult choices and avoidance. Two options are in perfect tension and you hold them still by refusing to see; peace is temporary until you remove the blindfold and decide.',
    'Information comes to light and the deadlock breaks, or indecision turns into anxiety and overload. Pretended neutrality becomes impossible.',
    ARRAY['stalemate', 'indecision', 'difficult choice', 'avoidance', 'truce'],
    ARRAY['information overload', 'confusion', 'anxiety', 'lesser of two evils', 'breaking deadlock'],
    'You are avoiding a decision about the relationship, keeping a fragile truce that preserves peace without resolving anything.',
    'The blindfold comes off: a choice you have put off must be made, perhaps between two people or two futures.',
    'Two job options or a stalled negotiation; gather the missing facts before you choose.',
    'New information breaks the deadlock, and the right choice becomes clearer.',
    'Torn between two financial options; weigh them calmly instead of freezing.',
    'Financial indecision is causing stress; get professional advice and make the call.',
    'Quiet the mind and breathe; a pause helps you sense what your body actually needs.',
    'Tension from decisions you keep postponing builds up in the body; relief comes with action.',
    'Inner stillness at a crossroads; let intuition guide your choice when reason is evenly split.',
    'Fear of seeing clearly; remove the blindfold gently and look.',
    'air',
    'Moon',
    'Libra',
    NULL,
    2
);

-- Three of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'three-of-swords',
    'Three of Swords',
    'minor',
    'swords',
    3,
    'cards/three-of-swords.jpg',
    'A red heart hangs in a grey sky, pierced by three swords that meet at its centre. Heavy clouds pour rain behind it: an image of sorrow that needs no human figure to be understood.',
    'Heartbreak, grief and painful truth. Something hurts deeply, perhaps a separation or betrayal; allow the sorrow to be felt, because acknowledging pain is the first step of healing.',
    'Recovery, releasing pain and forgiveness. Reversed can also show suppressed grief that lingers because it is never allowed to surface.',
    ARRAY['heartbreak', 'grief', 'sorrow', 'painful truth', 'separation'],
    ARRAY['recovery', 'forgiveness', 'releasing pain', 'healing', 'suppressed grief'],
    'Heartbreak, betrayal or a painful separation; let yourself grieve and be supported.',
    'Healing after heartbreak; forgiveness becomes possible.',
    'Painful news at work or a harsh rejection; do not take it as final judgement on your worth.',
    'Recovering from a professional setback; lessons learned.',
    'A financial loss or disappointment stings; process it before planning the next step.',
    'The sting of a financial loss is fading; you rebuild slowly, wiser about where the hurt came from.',
    'Emotional pain can weigh on the body; gentle care and support help you heal.',
    'Healing is underway; keep tending to both heart and body.',
    'Sorrow can open the heart to compassion and deeper understanding.',
    'Old pain is released; the storm clouds thin and the heart is ready to trust again.',
    'air',
    'Saturn',
    'Libra',
    NULL,
    3
);

-- Four of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'four-of-swords',
    'Four of Swords',
    'minor',
    'swords',
    4,
    'cards/four-of-swords.jpg',
    'The effigy of a knight lies at full length upon a tomb in the attitude of prayer, hands joined, one sword carved beneath him and three hanging above on the wall. A stained-glass window shows a scene of blessing: rest, vigil and retreat from the fight.',
    'Rest, recovery and contemplation. After struggle, you need stillness to heal and regain strength; withdraw for a while, meditate and prepare quietly for what comes next.',
    'Restlessness, burnout or returning to the fray too soon. Reversed can also show waking from rest ready to re-engage, with wise management of energy.',
    ARRAY['rest', 'recovery', 'contemplation', 'retreat', 'restoration'],
    ARRAY['restlessness', 'burnout', 'exhaustion', 'stagnation', 're-awakening'],
    'A pause in the relationship to regain perspective; time alone or quiet time together helps you both heal.',
    'Emotional exhaustion; the relationship needs rest and repair before any more effort is asked of it.',
    'Take leave or a real break; stepping back now prevents burnout and lets you plan quietly.',
    'Burnout is close; slow down before your body forces you to stop.',
    'Pause major financial decisions; consolidate, review and let things settle.',
    'Money worries prevent rest; a simple plan can help you regain stability.',
    'Rest and recuperation are the priority; allow your body and mind the time they need to heal.',
    'You are pushing through fatigue; listen to the need for rest before it becomes urgent.',
    'Meditation, retreat and silence renew the spirit, like the knight''s quiet vigil.',
    'Spiritual exhaustion; simplify your practice until energy returns.',
    'air',
    'Jupiter',
    'Libra',
    NULL,
    4
);

-- Five of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'five-of-swords',
    'Five of Swords',
    'minor',
    'swords',
    5,
    'cards/five-of-swords.jpg',
    'A young man with a disdainful smile gathers up swords from the ground, holding three, while two defeated figures walk away toward the shore with heads bowed. Jagged clouds race across the sky: a hollow victory won at others'' expense.',
    'Conflict, defeat and winning at all costs. Someone takes the field but loses something more valuable; ask whether this fight is worth the damage, whichever side you are on.',
    'Reconciliation, making amends, or lingering resentment after the battle. You may be ready to walk away from a conflict and let go of the need to win.',
    ARRAY['conflict', 'hollow victory', 'defeat', 'tension', 'betrayal'],
    ARRAY['reconciliation', 'making amends', 'past resentment', 'walking away', 'forgiveness'],
    'Arguments in which winning matters more than understanding; pride is damaging the bond.',
    'Making amends after a fight, or deciding to walk away from a toxic pattern of conflict.',
    'Cut-throat competition or a workplace battle; ask whether victory is worth what it costs your integrity.',
    'A dispute is resolved, or you choose to leave a hostile environment rather than keep fighting.',
    'A gain made at someone else''s expense, or losses from conflict; choose the ethical path.',
    'Settling a dispute about money; compromise brings peace where winning would not.',
    'The stress of constant conflict is affecting you; step away from battles that drain you.',
    'Letting go of a grudge you have carried since the last battle lightens both body and mind.',
    'Ego battles test you; choose compassion over being right.',
    'Growth through forgiveness, including forgiving yourself for the fights you won badly.',
    'air',
    'Venus',
    'Aquarius',
    NULL,
    5
);

-- Six of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'six-of-swords',
    'Six of Swords',
    'minor',
    'swords',
    6,
    'cards/six-of-swords.jpg',
    'A ferryman poles a small boat across the water, carrying a woman wrapped in a cloak and a child huddled beside her. Six swords stand upright in the boat; the water is rough on one side and smooth on the other as they head for a quieter shore.',
    'Transition, moving on and leaving trouble behind. The journey may be sad, but it leads toward calmer waters; accept help and go.',
    'Resistance to change, unfinished business or a journey delayed. Carrying old baggage into the new place means the passage does not bring relief.',
    ARRAY['transition', 'moving on', 'passage', 'relief', 'travel'],
    ARRAY['resistance to change', 'unfinished business', 'delayed journey', 'baggage', 'stuck'],
    'Moving on from a painful relationship, or travelling together toward calmer times after a rough patch.',
    'Emotional baggage travels with you into the new relationship; unpack it before moving forward.',
    'A job change or relocation that takes you from turbulence toward a more peaceful working life.',
    'You know you need to leave a difficult situation but cannot yet make the crossing.',
    'Finances slowly improve as you move away from the difficulty; steady, quiet progress.',
    'Unresolved debts or obstacles delay the crossing to calmer financial waters.',
    'Gradual recovery; each day carries you a little further toward smoother water.',
    'Resistance to change slows healing; accept help and let someone else steer for a while.',
    'A spiritual passage toward peace and understanding, guided by a trusted ferryman.',
    'Old beliefs and grievances weigh the boat down; lighten the load.',
    'air',
    'Mercury',
    'Aquarius',
    NULL,
    6
);

-- Seven of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'seven-of-swords',
    'Seven of Swords',
    'minor',
    'swords',
    7,
    'cards/seven-of-swords.jpg',
    'A man tiptoes away from a military camp carrying five swords bundled in his arms, glancing back over his shoulder with a sly smile. Two swords remain stuck in the ground behind him, and the soldiers in the distance have not noticed yet.',
    'Deception, strategy and getting away with something. Someone acts by stealth, perhaps you; be strategic but honest, and watch for those who are not.',
    'Coming clean, confession or a deception exposed. Conscience catches up, or you stop trying to do everything alone by cunning.',
    ARRAY['deception', 'strategy', 'stealth', 'trickery', 'getting away with it'],
    ARRAY['confession', 'coming clean', 'conscience', 'exposure', 'rethinking strategy'],
    'Secrets or half-truths in the relationship; someone may be sneaking away from honesty.',
    'The truth comes out; an opportunity to rebuild trust through candour.',
    'Office politics, stealthy manoeuvring or someone taking credit for your work; protect your ideas.',
    'A deception is uncovered, or you decide to stop cutting corners.',
    'Watch for fraud, theft or hidden fees; protect your accounts and passwords.',
    'Recovering what was taken, or correcting a questionable money practice.',
    'Taking shortcuts or avoiding something that needs attention; face it honestly.',
    'Being honest with yourself about habits brings real improvement.',
    'Self-deception on the path; examine your motives with clear eyes.',
    'Coming clean and living in integrity restores spiritual peace.',
    'air',
    'Moon',
    'Aquarius',
    NULL,
    7
);

-- Eight of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'eight-of-swords',
    'Eight of Swords',
    'minor',
    'swords',
    8,
    'cards/eight-of-swords.jpg',
    'A woman stands bound and blindfolded, surrounded by eight swords planted in muddy ground like a loose fence. A castle sits on a cliff behind her; her bonds are loose and there is a gap in the swords, but she cannot see it.',
    'Self-imposed restriction, feeling trapped and victim mentality. The prison is partly in the mind; fear and negative thoughts bind you more than reality does.',
    'Release, self-acceptance and new perspective. You take off the blindfold and see the way out; freedom begins with changing the story you tell yourself.',
    ARRAY['restriction', 'feeling trapped', 'victim mentality', 'fear', 'self-limiting beliefs'],
    ARRAY['release', 'freedom', 'new perspective', 'self-acceptance', 'empowerment'],
    'Feeling trapped in a relationship, or by your own fears about love; the bonds may be looser than they feel.',
    'You break free from limiting beliefs about what you deserve in love.',
    'Feeling stuck in a job; the limits may be more in your mind than in reality. Look for the gap between the swords.',
    'A way out of a restrictive work situation appears once you change how you see it.',
    'Feeling financially trapped; list the options you have been overlooking.',
    'Financial freedom begins with a new perspective and one brave move.',
    'Anxious, looping thoughts weigh on your wellbeing; talking them through with someone supportive loosens their grip.',
    'Release from anxiety; you regain a sense of agency over your days.',
    'Limiting beliefs keep you bound; the blindfold is yours to remove.',
    'Spiritual liberation as you see clearly and step out of the circle.',
    'air',
    'Jupiter',
    'Gemini',
    NULL,
    8
);

-- Nine of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'nine-of-swords',
    'Nine of Swords',
    'minor',
    'swords',
    9,
    'cards/nine-of-swords.jpg',
    'A woman sits up in bed in the dark with her face buried in her hands, nine swords hanging horizontally on the black wall behind her. Her quilt is patterned with roses and astrological signs, and the bed is carved with a scene of one figure defeating another: the anguish of the sleepless night.',
    'Anxiety, worry and nightmares. The mind magnifies fear in the dark, and the suffering is real even when the swords never touch you; share the burden, because things often look less terrible by daylight.',
    'Hope returning, reaching out for help or worries beginning to lift. Reversed can also show inner turmoil so deep that it is hidden from everyone, which is the moment to seek support.',
    ARRAY['anxiety', 'worry', 'fear', 'nightmares', 'despair'],
    ARRAY['hope', 'reaching out', 'recovery from anxiety', 'facing fears', 'hidden turmoil'],
    'Worrying about a relationship or replaying every word at night; share your fears with your partner rather than carrying them alone.',
    'Anxieties about love ease once they are spoken aloud; reassurance arrives.',
    'Sleepless nights over work; separate real problems from imagined catastrophes and tackle them one by one.',
    'Work stress is lifting, or you finally ask a colleague or manager for help.',
    'Money worries keep you awake; writing the figures down often shows they are more manageable than they feel.',
    'Financial anxiety eases as you face the numbers or accept advice.',
    'Worry is disturbing your sleep; calming bedtime routines and talking to someone you trust can help a great deal.',
    'Nights become quieter and rest returns as you let others support you.',
    'The dark night of the soul; facing your fears is part of the path, and light follows.',
    'Hope rises; prayer, meditation or a trusted guide brings comfort.',
    'air',
    'Mars',
    'Gemini',
    NULL,
    9
);

-- Ten of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ten-of-swords',
    'Ten of Swords',
    'minor',
    'swords',
    10,
    'cards/ten-of-swords.jpg',
    'A man lies face down on the shore under a black sky, ten swords driven into his back and a red cloth draped over him. Yet on the horizon the sky is turning gold over calm water: the worst has happened, and it is over.',
    'Painful ending, rock bottom and the end of a cycle. Something has collapsed completely, and it hurts, but it cannot fall any further; the dawn behind is a promise that recovery begins now.',
    'Recovery, regeneration and resisting an inevitable end. You pick yourself up slowly, or you prolong the pain by refusing to accept that it is finished.',
    ARRAY['painful ending', 'rock bottom', 'betrayal', 'collapse', 'the end of a cycle'],
    ARRAY['recovery', 'regeneration', 'survival', 'resisting an ending', 'lessons learned'],
    'A definitive and painful end to a relationship, or a betrayal that shows the truth; the only way now is up.',
    'Healing after a devastating breakup; you will love again.',
    'A job loss or project collapse; hard, but it frees you for something new.',
    'Recovering from a career crisis; you rise with new wisdom.',
    'Financial rock bottom; the situation can only improve from here with careful rebuilding.',
    'Gradual recovery after financial disaster; the lesson is learned.',
    'Feeling depleted and at a low point; reach out for support and care, and rest deeply.',
    'Gradual return of strength and energy after a difficult period.',
    'The death of an old self-image that makes space for rebirth.',
    'Rising from the lowest point with a resilience you did not know you had; dawn follows the darkest hour.',
    'air',
    'Sun',
    'Gemini',
    NULL,
    1
);

-- Page of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'page-of-swords',
    'Page of Swords',
    'minor',
    'swords',
    11,
    'cards/page-of-swords.jpg',
    'A lithe young figure strides across rough ground holding a sword upright in both hands, glancing over one shoulder as if expecting something. Clouds tumble across the sky and a flock of birds scatters: an alert mind, curious, restless and watchful.',
    'Curiosity, new ideas and a thirst for knowledge. You are eager to learn, ask questions and speak your mind; stay vigilant and check facts as you explore.',
    'Gossip, all talk and no action, or hasty words. Reversed also warns of spying, being unprepared or using information to hurt.',
    ARRAY['curiosity', 'new ideas', 'vigilance', 'communication', 'truth-seeking'],
    ARRAY['gossip', 'hasty words', 'all talk', 'unpreparedness', 'deception'],
    'Lively conversations and intellectual attraction; honesty and curiosity set the tone.',
    'Careless or hurtful words, or gossip that damages trust; think before you speak.',
    'New ideas, research and learning; an inquisitive, watchful approach serves you well.',
    'Gossip, spying or hasty messages at work; stay professional and check facts.',
    'Research your options thoroughly; ask the awkward questions before signing.',
    'Hasty financial moves based on rumours or half-read information.',
    'Curiosity about wellness helps you make informed choices.',
    'A restless, chattering mind; give it quiet time to settle.',
    'Seeking truth through questions, debate and study; no belief is too sacred to be examined.',
    'Scattered spiritual focus; avoid intellectual arrogance.',
    'air',
    NULL,
    NULL,
    NULL,
    2
);

-- Knight of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'knight-of-swords',
    'Knight of Swords',
    'minor',
    'swords',
    12,
    'cards/knight-of-swords.jpg',
    'An armoured knight charges at full gallop on a white horse, sword raised high, his cloak and the horse''s mane whipped by the wind. Clouds and trees bend in the storm behind him: the mind in headlong pursuit, brave and unstoppable, scattering all before it.',
    'Ambition, action and fast thinking. You charge toward your goal with determination and courage; just be sure you are aiming at the right target before you ride.',
    'Impulsiveness, aggression and a lack of direction. Speed without judgement causes collateral damage, and cutting words wound.',
    ARRAY['ambition', 'fast action', 'determination', 'assertiveness', 'courage'],
    ARRAY['impulsiveness', 'aggression', 'recklessness', 'burnout', 'lack of direction'],
    'A whirlwind romance or a passionate, straight-talking partner who knows what they want.',
    'Arguments, bluntness and impulsive decisions that leave little room for tenderness.',
    'Ambitious, decisive action; push your ideas forward quickly while the wind is behind you.',
    'Reckless moves or steamrolling colleagues in the rush to win.',
    'Quick financial decisions pay off when they rest on solid information.',
    'Hasty investments or impulsive spending with no brakes.',
    'High mental energy; channel it into physical activity to avoid overthinking.',
    'Running on adrenaline and nerves; slow down before exhaustion does it for you.',
    'Boldly pursuing spiritual truth, unafraid to challenge falsehood.',
    'Zeal without compassion turns truth into a weapon; sheath the sword when you speak of sacred things.',
    'air',
    NULL,
    'Gemini',
    NULL,
    3
);

-- Queen of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'queen-of-swords',
    'Queen of Swords',
    'minor',
    'swords',
    13,
    'cards/queen-of-swords.jpg',
    'A queen sits in profile on a high throne carved with butterflies and a winged cherub, her sword raised vertically in her right hand and her left hand lifted as if in welcome. Her face is stern yet clear-eyed among the clouds: one who has known sorrow and learned to see truly.',
    'Clear perception, independence and honest communication. You think with precision and speak with directness; boundaries and objective judgement serve you well.',
    'Coldness, bitterness or cruelty. Sharp wit turns cutting, or past pain hardens into harsh judgement of others.',
    ARRAY['clarity', 'independence', 'honesty', 'boundaries', 'discernment'],
    ARRAY['coldness', 'bitterness', 'cruelty', 'harsh judgement', 'isolation'],
    'Honest, clear communication in love; you know what you want and say so without games.',
    'Coldness or bitterness from past hurts is keeping love at sword''s length.',
    'Professional clarity, sharp analysis and fair, no-nonsense leadership.',
    'Harsh criticism or isolation at work; your standards may be pushing people away.',
    'Clear financial judgement and independent management of your own money.',
    'Being so critical or guarded in dealings that good opportunities are cut off.',
    'Clear, honest self-assessment about your needs helps you care for yourself.',
    'Feelings held tightly inside are wearing on you; let some of them out.',
    'Clear insight, discernment and the courage to speak truth.',
    'Spiritual cynicism; let the heart soften alongside the mind.',
    'air',
    NULL,
    'Libra',
    NULL,
    4
);

-- King of Swords
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'king-of-swords',
    'King of Swords',
    'minor',
    'swords',
    14,
    'cards/king-of-swords.jpg',
    'A king sits in judgement on a throne carved with butterflies and crescent moons, holding his unsheathed sword upright, tilted slightly to the right. He faces forward with a stern, unwavering gaze, and a pair of birds fly high in the clear sky behind him.',
    'Intellectual power, authority and truth. You make decisions with logic and impartiality; lead with ethics, clear rules and rational judgement.',
    'Manipulation, tyranny or abuse of intellect. Reason becomes a weapon, and authority hides cruelty or cold ambition.',
    ARRAY['authority', 'intellect', 'truth', 'clear judgement', 'ethics'],
    ARRAY['manipulation', 'tyranny', 'abuse of power', 'cruelty', 'coldness'],
    'A rational, honest partner; communication grounded in respect and fairness.',
    'Coldness or control dressed up as logic, or a partner who always has to be right.',
    'Leadership through expertise; legal, analytical or advisory roles suit you.',
    'Abuse of authority or manipulative tactics at work; keep records and stay principled.',
    'Sound, logical decisions and good professional advice; contracts are carefully reviewed.',
    'Financial manipulation, or decisions poorly reasoned despite a confident front.',
    'A rational, well-informed approach to wellbeing; seek expert guidance where it is useful.',
    'Overthinking every sensation; balance logic with kindness toward yourself.',
    'Clarity and wisdom on the path; truth held as a sacred value.',
    'Intellectual pride blocks spiritual growth; the mind is a servant, not the master.',
    'air',
    NULL,
    'Aquarius',
    NULL,
    5
);


-- ======================================================================
-- MINOR ARCANA: PENTACLES
-- ======================================================================

-- Ace of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ace-of-pentacles',
    'Ace of Pentacles',
    'minor',
    'pentacles',
    1,
    'cards/ace-of-pentacles.jpg',
    'A hand emerges from a cloud holding a large golden pentacle, as though offering it. Below lies a flourishing garden of white lilies and a hedge with an arched gateway that opens onto distant mountains: the seed of material wellbeing, and the door it opens.',
    'A new financial or material opportunity, prosperity and solid beginnings. Something tangible is offered, a job, an investment or a home; take it and plant it well, and it can grow into lasting security.',
    'A missed opportunity, poor planning or a venture that lacks a solid foundation. Greed or carelessness can spoil a promising beginning.',
    ARRAY['opportunity', 'prosperity', 'new venture', 'manifestation', 'abundance'],
    ARRAY['missed opportunity', 'poor planning', 'scarcity', 'greed', 'instability'],
    'A relationship with a stable, practical foundation; commitment you can build a life on.',
    'Practical concerns or material priorities crowd out the romance; give the heart some room.',
    'A job offer, a new business or a raise; the start of real, measurable success.',
    'An opportunity slips away for lack of preparation; do the groundwork first.',
    'A windfall, a new income stream or a sound investment; plant the seed for long-term wealth.',
    'Poor financial planning or a deal that falls through; be careful with new commitments.',
    'A new healthy routine with concrete results; strong physical vitality.',
    'Neglecting the basics of self-care; return to regular meals, sleep and movement.',
    'Grounding your spirituality in the physical world; the sacred in everyday life.',
    'Too focused on material things; reconnect with deeper values.',
    'earth',
    NULL,
    NULL,
    NULL,
    1
);

-- Two of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'two-of-pentacles',
    'Two of Pentacles',
    'minor',
    'pentacles',
    2,
    'cards/two-of-pentacles.jpg',
    'A young man in a tall hat dances while juggling two pentacles joined by an endless green ribbon shaped like the figure eight. Behind him two ships ride high, rolling waves: keeping balance while life rises and falls.',
    'Balance, adaptability and juggling priorities. You manage several demands at once with flexibility and good humour; stay light on your feet and keep the ribbon moving.',
    'Overcommitment, disorganisation or losing balance. Too many balls in the air; reassess priorities before something drops.',
    ARRAY['balance', 'adaptability', 'juggling priorities', 'flexibility', 'time management'],
    ARRAY['overcommitment', 'disorganisation', 'imbalance', 'overwhelm', 'dropped balls'],
    'Balancing love with work and other responsibilities; humour and flexibility keep the relationship fresh.',
    'There is not enough time for each other; something in the schedule needs rearranging.',
    'You juggle several projects successfully; adaptability is your greatest asset right now.',
    'Overcommitted and scattered; prioritise or delegate before a ball drops.',
    'Managing cash flow skilfully, moving money between needs and keeping the ribbon in motion.',
    'Struggling to keep up with bills; simplify, prioritise and ask for payment plans if needed.',
    'A good balance of work and rest; dancing and flexible, rhythmic exercise suit you.',
    'The stress of juggling too much is showing; cut back and give yourself room to breathe.',
    'Finding a rhythm that holds both the material and the spiritual without neglecting either.',
    'Spiritual practice has been squeezed out by busyness; reclaim a few quiet minutes each day.',
    'earth',
    'Jupiter',
    'Capricorn',
    NULL,
    2
);

-- Three of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'three-of-pentacles',
    'Three of Pentacles',
    'minor',
    'pentacles',
    3,
    'cards/three-of-pentacles.jpg',
    'In a cathedral, a young stonemason stands on a bench carving an archway decorated with three pentacles, while a monk and a cloaked architect holding the plans look up and discuss the work with him. Skill, design and devotion meet in a single building.',
    'Teamwork, craftsmanship and recognition of skill. Good work is being noticed; collaborate, listen to the plans of others and contribute your expertise to something larger than yourself.',
    'Poor teamwork, mediocre work or lack of recognition. Conflicting visions, cut corners or unwillingness to learn stall the project.',
    ARRAY['teamwork', 'craftsmanship', 'collaboration', 'skill', 'recognition'],
    ARRAY['poor teamwork', 'mediocrity', 'lack of recognition', 'misalignment', 'sloppy work'],
    'Building a relationship together with effort and shared plans; each partner brings their own skills.',
    'Not working as a team; one partner''s plans ignore the other''s input.',
    'Collaboration and recognition for skilled work; an apprenticeship or a respected role on a team.',
    'Team conflict, poor workmanship or a project with no clear plan.',
    'Payment and credit come from a shared project; agree the plans and the split in writing, as the builders consult the drawings.',
    'Financial losses from poor planning or unreliable partners.',
    'Working with trusted practitioners and a team approach to wellbeing serves you.',
    'Mixed advice and no clear plan; choose one trusted guide and one consistent routine.',
    'Spiritual growth through community and dedicated practice; the temple is built stone by stone.',
    'Going through the motions of practice without heart or skill.',
    'earth',
    'Mars',
    'Capricorn',
    NULL,
    3
);

-- Four of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'four-of-pentacles',
    'Four of Pentacles',
    'minor',
    'pentacles',
    4,
    'cards/four-of-pentacles.jpg',
    'A crowned man sits on a stone block outside a city, clutching one pentacle tightly to his chest, another balanced on his crown and two more pinned under his feet. He guards everything he has so closely that he cannot move: security turned into a cage.',
    'Security, control and holding on tightly. You have built something stable and want to protect it; saving and caution are wise, but watch that protection does not become possessiveness and fear.',
    'Greed, hoarding, or on the other side, reckless spending and letting go. Reversed may show the release of control and a new generosity, or instability from letting money slip.',
    ARRAY['security', 'control', 'saving', 'possessiveness', 'conservation'],
    ARRAY['greed', 'hoarding', 'overspending', 'releasing control', 'generosity'],
    'A possessive or guarded approach to love; security matters, but so does openness.',
    'Letting go of control and learning to trust, or jealousy that has crossed a line.',
    'Holding on to your position and resources; stability over risk.',
    'Fear of change blocks progress, or you loosen your grip and take a new chance.',
    'Saving and budgeting build security; keep a careful watch on assets.',
    'Hoarding out of fear, or careless spending that undermines stability.',
    'Protect your energy and set healthy boundaries; conserve strength.',
    'Tension from holding on too tightly; release stress through movement.',
    'Attachment to material security limits spiritual growth; loosen your grip.',
    'Opening the clenched hands; as you release attachment, you discover abundance was never only in what you held.',
    'earth',
    'Sun',
    'Capricorn',
    NULL,
    4
);

-- Five of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'five-of-pentacles',
    'Five of Pentacles',
    'minor',
    'pentacles',
    5,
    'cards/five-of-pentacles.jpg',
    'Two ragged beggars trudge through the snow past a brightly lit church window patterned with five pentacles, one on crutches with a bandaged foot, the other wrapped in a thin shawl. Help is right beside them, but they do not look up.',
    'Hardship, poverty and feeling left out in the cold. Financial or emotional difficulty isolates you; remember that help exists, and reach for it instead of enduring alone.',
    'Recovery from hardship, accepting help and warmth returning. Reversed can also show spiritual poverty lingering after the material crisis has passed.',
    ARRAY['hardship', 'poverty', 'isolation', 'worry', 'exclusion'],
    ARRAY['recovery', 'charity', 'improvement', 'accepting help', 'regained faith'],
    'A relationship tested by hard times, or feeling left out in the cold; facing it together builds strength.',
    'Reconnecting after a lean period; love offers shelter once you let someone in.',
    'Job loss or insecurity; ask for support and look for the lit window of community help.',
    'Recovering from unemployment; new opportunities emerge as you reach out.',
    'Financial hardship or a sudden loss; seek assistance instead of trudging through the snow alone.',
    'Improvement after a difficult period; recovery begins, slowly but truly.',
    'Feeling depleted physically or emotionally; accepting care is not weakness.',
    'As you accept support and warmth, strength returns gradually, and the winter begins to lift.',
    'Spiritual poverty; the light is in the window right beside you, if you look up.',
    'Finding faith and community again after a period of isolation.',
    'earth',
    'Mercury',
    'Taurus',
    NULL,
    5
);

-- Six of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'six-of-pentacles',
    'Six of Pentacles',
    'minor',
    'pentacles',
    6,
    'cards/six-of-pentacles.jpg',
    'A merchant in a red cloak holds balanced scales in one hand and drops coins into the outstretched hand of a kneeling beggar with the other, while a second beggar waits beside. Six pentacles float above them: giving and receiving measured out with care.',
    'Generosity, charity and sharing resources. Wealth flows where it is needed; give freely or accept help graciously, remembering that balance keeps the gift honest.',
    'Strings attached, debt or one-sided charity. Gifts are used for power, or someone gives far too much and receives nothing.',
    ARRAY['generosity', 'charity', 'giving', 'receiving', 'fairness'],
    ARRAY['strings attached', 'debt', 'one-sided charity', 'power imbalance', 'selfishness'],
    'A generous and caring partnership where both give and receive in fair measure.',
    'Imbalance in giving, or affection used as leverage; watch for strings attached.',
    'Fair pay, mentorship or receiving a grant or bonus; you may also be in a position to help others.',
    'Unfair compensation, favouritism or a boss who uses rewards to control.',
    'Giving to charity or receiving financial help; money changes hands fairly and with goodwill.',
    'Loans with hidden costs or dependency on someone else''s generosity; read the terms.',
    'Receiving and giving care; a network of support strengthens your wellbeing.',
    'You have given too much of yourself; restore your own reserves first.',
    'Sharing blessings freely; generosity as a spiritual practice.',
    'Giving in order to be seen as generous; examine the motive behind the gift.',
    'earth',
    'Moon',
    'Taurus',
    NULL,
    6
);

-- Seven of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'seven-of-pentacles',
    'Seven of Pentacles',
    'minor',
    'pentacles',
    7,
    'cards/seven-of-pentacles.jpg',
    'A young farmer leans on his hoe and gazes thoughtfully at a bush bearing seven pentacles like fruit, one lying at his feet. He has worked hard and now pauses, weighing whether the harvest will be worth the labour.',
    'Patience, long-term investment and assessment. Growth takes time; stop to evaluate what you have planted, what is thriving and what needs more care before the harvest.',
    'Impatience, lack of reward or wasted effort. Reversed can show doubts about an investment, or effort spread over things that will never bear fruit.',
    ARRAY['patience', 'long-term investment', 'assessment', 'perseverance', 'growth'],
    ARRAY['impatience', 'lack of reward', 'wasted effort', 'frustration', 'poor return'],
    'A relationship that needs patient tending; step back and evaluate what you are building together.',
    'Frustration that the relationship is not growing; ask honestly whether it is worth more effort.',
    'Slow but steady progress; a good time to review your career plans and adjust the planting.',
    'Work that does not reward your effort; consider whether the field is worth tending.',
    'Long-term investments are growing; patience pays, so resist pulling up the plants to check the roots.',
    'Poor returns or impatience with investments; reassess your strategy rather than abandoning it in a panic.',
    'Consistent healthy habits bring gradual, real results; keep watering them.',
    'Frustration with slow progress; results take time, keep going.',
    'Spiritual growth is a slow harvest; tend the practice faithfully and trust what grows unseen.',
    'Digging up the seeds to see if they have sprouted; impatience on the path interrupts growth.',
    'earth',
    'Saturn',
    'Taurus',
    NULL,
    7
);

-- Eight of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'eight-of-pentacles',
    'Eight of Pentacles',
    'minor',
    'pentacles',
    8,
    'cards/eight-of-pentacles.jpg',
    'A craftsman sits at his bench hammering a design into a pentacle, with six finished ones displayed on a post beside him and another on the ground. A town stands at a distance behind him: dedication, skill and careful work done for its own sake.',
    'Diligence, mastery and skill development. You are absorbed in learning or perfecting a craft; repetition and attention to detail will make you excellent.',
    'Perfectionism, lack of focus or uninspired work. Skill misdirected, shortcuts taken, or ambition with no effort to back it up.',
    ARRAY['diligence', 'mastery', 'skill development', 'craftsmanship', 'dedication'],
    ARRAY['perfectionism', 'lack of focus', 'uninspired work', 'shortcuts', 'misdirected effort'],
    'Putting steady, attentive effort into the relationship, building it day by day with care.',
    'Neglecting the relationship for work, or trying to perfect it instead of enjoying it.',
    'An apprenticeship, training or focused work that builds genuine expertise.',
    'Boredom with repetitive tasks, or perfectionism causing delays.',
    'Steady income earned through skill and diligence; investing in your craft pays off.',
    'Working hard without fair reward, or careless management undoing careful effort.',
    'Dedication to healthy routines brings visible results; practice makes habits.',
    'Overworking or obsessing over details; ease up and rest your hands.',
    'Devotion to daily spiritual practice; repetition deepens mastery.',
    'Practice has become mechanical; reconnect with its purpose.',
    'earth',
    'Sun',
    'Virgo',
    NULL,
    8
);

-- Nine of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'nine-of-pentacles',
    'Nine of Pentacles',
    'minor',
    'pentacles',
    9,
    'cards/nine-of-pentacles.jpg',
    'A well-dressed woman stands alone in a flourishing vineyard, a hooded falcon perched on her gloved hand, nine pentacles among the grapevines around her. A manor house stands behind: independence and refinement won through her own discipline.',
    'Self-sufficiency, luxury and the rewards of disciplined effort. You have earned comfort and independence; enjoy the fruits of your work and the freedom they bring.',
    'Over-investment in work, financial setbacks or dependence on others. Success that looks good outside but feels empty, or a project voided by bad faith.',
    ARRAY['self-sufficiency', 'abundance', 'independence', 'luxury', 'discipline'],
    ARRAY['financial setback', 'dependence', 'superficiality', 'overwork', 'bad faith'],
    'Self-love and independence make you attractive; a relationship between equals who do not need each other to feel whole.',
    'Dependence on a partner for security, or loneliness behind a polished and successful life.',
    'Self-employment or a senior role; you are rewarded for years of discipline.',
    'Overworking, or dependence on others holding back your independence.',
    'Financial independence and comfort; enjoy the vineyard you planted, wisely.',
    'Overspending on luxuries or a setback to your financial independence.',
    'You have the time and resources to look after yourself; invest in self-care.',
    'Success has come at the cost of health; restore balance.',
    'Spiritual self-reliance and gratitude for the abundance around you.',
    'Materialism blocks spiritual fulfilment; refinement is not the same as depth.',
    'earth',
    'Venus',
    'Virgo',
    NULL,
    9
);

-- Ten of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'ten-of-pentacles',
    'Ten of Pentacles',
    'minor',
    'pentacles',
    10,
    'cards/ten-of-pentacles.jpg',
    'An old man in a richly embroidered robe sits at the gate of a family estate, stroking two white hounds, while a younger couple and a child stand under the archway. Ten pentacles arranged in the pattern of the Tree of Life float over the scene: wealth, lineage and what is passed from generation to generation.',
    'Wealth, family legacy and long-term success. Lasting security is built, and inheritance, family tradition and enduring foundations bring contentment across generations.',
    'Family disputes, financial failure or loss of legacy. Inheritance conflicts or short-term thinking threaten long-built security.',
    ARRAY['wealth', 'legacy', 'family', 'inheritance', 'long-term success'],
    ARRAY['family disputes', 'financial failure', 'loss', 'broken traditions', 'short-term thinking'],
    'A long-term, committed relationship: marriage, family and the security of building a shared legacy.',
    'Family interference or conflict over money and inheritance strains the relationship.',
    'A family business, long-term career success or a place in an established institution.',
    'Instability in a long-standing business or the loss of a secure position.',
    'Inheritance, solid investments and wealth that lasts for generations.',
    'Financial losses, debts or disputes over an inheritance or family property.',
    'Long-term wellbeing supported by family and stable routines.',
    'Family stress affects your health; set boundaries with relatives.',
    'Ancestral wisdom and spiritual legacy; you are part of a long chain.',
    'Cut off from heritage and ancestry; seek the roots that can nourish your sense of belonging.',
    'earth',
    'Mercury',
    'Virgo',
    NULL,
    1
);

-- Page of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'page-of-pentacles',
    'Page of Pentacles',
    'minor',
    'pentacles',
    11,
    'cards/page-of-pentacles.jpg',
    'A young man stands in a green meadow full of flowers, holding a single pentacle up before his eyes with both hands and studying it intently. Fresh-ploughed fields and a grove of trees lie behind him: the diligent student absorbed in his subject.',
    'Ambition, study and a new practical venture. You are ready to learn and build something real step by step; a message about money, work or study may arrive.',
    'Lack of progress, procrastination or learning from failure. Short-term focus and distraction keep plans on paper.',
    ARRAY['study', 'ambition', 'new venture', 'diligence', 'manifestation'],
    ARRAY['procrastination', 'lack of progress', 'distraction', 'short-term focus', 'missed chances'],
    'A steady, sincere approach to love; someone serious and loyal who shows care through actions.',
    'Lack of commitment, or a partner too absorbed in work or study to make time.',
    'A new job, course or apprenticeship; start at the beginning and learn thoroughly.',
    'Procrastination or gaps in skills hold back progress; begin with one concrete step.',
    'A new financial opportunity; budgeting and saving start to pay off.',
    'Impractical plans, or spending before the money has been earned.',
    'Starting a new health routine and learning about nutrition or exercise.',
    'Procrastinating on self-care; start with small, practical steps.',
    'Grounding spiritual study in daily life and the natural world.',
    'Lack of focus in spiritual practice; choose one discipline to learn.',
    'earth',
    NULL,
    NULL,
    NULL,
    2
);

-- Knight of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'knight-of-pentacles',
    'Knight of Pentacles',
    'minor',
    'pentacles',
    12,
    'cards/knight-of-pentacles.jpg',
    'A knight in dark armour sits motionless on a heavy black draught horse in a ploughed field, holding a pentacle before him and looking at it steadily. Unlike the other knights, he does not charge: his strength is patience and reliability.',
    'Hard work, routine and reliability. Slow and steady progress, methodical effort and commitment to duty lead to results that last.',
    'Laziness, boredom or stagnation. Routine turns into a rut, or perfectionism and stubbornness stall progress.',
    ARRAY['hard work', 'reliability', 'routine', 'patience', 'responsibility'],
    ARRAY['stagnation', 'laziness', 'boredom', 'stubbornness', 'perfectionism'],
    'A dependable, loyal partner; slow but steady progress in love that you can count on.',
    'A relationship stuck in routine; boredom or lack of effort on one side.',
    'Consistent effort and reliability lead to lasting success; you are the one people trust to deliver.',
    'Stagnation or lack of ambition; the plough has stopped moving.',
    'Careful, conservative financial management builds wealth over time.',
    'Overcaution means opportunities pass, or routine has made you careless.',
    'Reliable, unglamorous routines such as regular walks, meals and sleep quietly build lasting health.',
    'Inactivity or a routine that has outlived its use; add some variety.',
    'Patient, consistent spiritual practice, one furrow at a time.',
    'Spiritual stagnation; refresh your practice with something new.',
    'earth',
    NULL,
    'Virgo',
    NULL,
    3
);

-- Queen of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'queen-of-pentacles',
    'Queen of Pentacles',
    'minor',
    'pentacles',
    13,
    'cards/queen-of-pentacles.jpg',
    'A queen sits on a throne carved with fruit, goats and cherubs in a lush garden, holding a golden pentacle gently in her lap and gazing at it. Roses arch above her and a rabbit sits in the grass at her feet: nurturing abundance and practical care.',
    'Nurturing, practical abundance and a warm home. You provide for others with generosity and common sense, balancing work and family and making the ordinary beautiful.',
    'Self-neglect, smothering or work-home imbalance. You may care for everyone but yourself, or material security becomes anxious fixation.',
    ARRAY['nurturing', 'practicality', 'abundance', 'security', 'generosity'],
    ARRAY['self-neglect', 'smothering', 'work-life imbalance', 'insecurity', 'materialism'],
    'A nurturing, practical partner; a warm, comfortable home where love is shown through care.',
    'Neglecting yourself for others, or smothering and controlling through care.',
    'You balance work and family successfully; a practical and caring leader.',
    'Work-life imbalance; overcommitting to either job or home leaves you depleted.',
    'Financial security and generosity; practical abundance that nourishes the household.',
    'Insecurity about money, or overspending on others to show love.',
    'Nourishing self-care: wholesome food, time in the garden and rest.',
    'Caring for everyone else has left your own wellbeing neglected.',
    'Spirituality expressed through caring for the earth, animals and people.',
    'Too focused on material concerns; make room for the sacred.',
    'earth',
    NULL,
    'Capricorn',
    NULL,
    4
);

-- King of Pentacles
INSERT INTO tarot.tarot_cards (
    card_key, name, arcana_type, suit, number, image_url,
    description, upright_meaning, reversed_meaning, upright_keywords, reversed_keywords,
    love_upright, love_reversed, career_upright, career_reversed,
    finance_upright, finance_reversed, health_upright, health_reversed,
    spiritual_upright, spiritual_reversed,
    element, planet, zodiac_sign, hebrew_letter, numerology
) VALUES (
    'king-of-pentacles',
    'King of Pentacles',
    'minor',
    'pentacles',
    14,
    'cards/king-of-pentacles.jpg',
    'A king in a robe embroidered with grapevines sits on a throne carved with bulls'' heads, holding a golden pentacle in one hand and a sceptre in the other. A castle rises behind him and vines grow all around: prosperity, security and mastery of the material world.',
    'Wealth, business acumen and leadership. You have built security through discipline and enterprise; be generous and steady, a reliable provider for others.',
    'Greed, materialism or stubbornness. Obsession with status or control of wealth, or poor financial decisions out of pride.',
    ARRAY['wealth', 'business', 'leadership', 'security', 'discipline'],
    ARRAY['greed', 'materialism', 'stubbornness', 'corruption', 'poor decisions'],
    'A stable, generous partner who provides security and shows love through reliability.',
    'Materialism or controlling behaviour in a relationship; love is not a transaction.',
    'Business success, leadership and entrepreneurial mastery; you build things that last.',
    'Greed, rigid control or status-seeking undermines your business.',
    'Financial success and wise investments; wealth managed with generosity and discipline.',
    'Financial loss from stubbornness, greed or pride that refuses advice.',
    'Good health supported by stability, routine and enjoyment of life''s pleasures.',
    'Overindulgence in rich living; balance pleasure with discipline.',
    'Spiritual mastery through grounded practice and generous use of resources.',
    'Material obsession blocks spiritual growth; wealth is a tool, not a goal.',
    'earth',
    NULL,
    'Taurus',
    NULL,
    5
);
