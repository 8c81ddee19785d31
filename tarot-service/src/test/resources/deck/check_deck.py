#!/usr/bin/env python3
"""Verify the tarot-service seed migrations V2 (cards) and V3 (spreads).

Creates a scratch PostgreSQL database, creates the tarot tables exactly as V1
defines them, applies V2__seed_tarot_cards.sql and V3__seed_tarot_spreads.sql
with ``psql -v ON_ERROR_STOP=1``, runs the content checks below and drops the
scratch database again (also on failure).

Usage (from the repository root, on a host with a local PostgreSQL 15):

    python3 tarot-service/src/test/resources/deck/check_deck.py

When run as root, psql is executed as the ``postgres`` OS user (peer auth over
the local socket); otherwise ``psql`` is run as the current user, so set
PGHOST/PGUSER/PGPASSWORD as needed. The SQL files are piped through stdin, so
the postgres user does not need read access to the working tree.
Exit status 0 = every check passed.
"""
import itertools
import os
import re
import subprocess
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'main', 'resources', 'db', 'migration'))
V2 = os.path.join(MIGRATIONS, 'V2__seed_tarot_cards.sql')
V3 = os.path.join(MIGRATIONS, 'V3__seed_tarot_spreads.sql')

# Table definitions as created by V1 (schema tarot).
DDL = """
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE SCHEMA tarot;
CREATE TABLE tarot.tarot_cards (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    card_key VARCHAR(100) UNIQUE NOT NULL,
    name VARCHAR(255) NOT NULL,
    arcana_type VARCHAR(10) NOT NULL CHECK (arcana_type IN ('major', 'minor')),
    suit VARCHAR(20),
    number INTEGER,
    image_url TEXT NOT NULL,
    description TEXT,
    upright_meaning TEXT NOT NULL, reversed_meaning TEXT NOT NULL,
    upright_keywords TEXT[] DEFAULT '{}', reversed_keywords TEXT[] DEFAULT '{}',
    love_upright TEXT, love_reversed TEXT, career_upright TEXT, career_reversed TEXT,
    finance_upright TEXT, finance_reversed TEXT, health_upright TEXT, health_reversed TEXT,
    spiritual_upright TEXT, spiritual_reversed TEXT,
    element VARCHAR(20),
    planet VARCHAR(50), zodiac_sign VARCHAR(50), hebrew_letter VARCHAR(10), numerology INTEGER,
    created_at TIMESTAMPTZ DEFAULT NOW(), updated_at TIMESTAMPTZ DEFAULT NOW()
);
CREATE TABLE tarot.tarot_spreads (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    name VARCHAR(255) NOT NULL, description TEXT, card_count INTEGER NOT NULL,
    layout_data JSONB NOT NULL, difficulty_level VARCHAR(20) DEFAULT 'beginner', category VARCHAR(100),
    is_custom BOOLEAN DEFAULT false, created_by UUID, is_public BOOLEAN DEFAULT true, usage_count INTEGER DEFAULT 0,
    created_at TIMESTAMPTZ DEFAULT NOW(), updated_at TIMESTAMPTZ DEFAULT NOW()
);
"""

TEXT_FIELDS = ['description', 'upright_meaning', 'reversed_meaning',
               'love_upright', 'love_reversed', 'career_upright', 'career_reversed',
               'finance_upright', 'finance_reversed', 'health_upright', 'health_reversed',
               'spiritual_upright', 'spiritual_reversed']

MAJOR_KEYS = ['the-fool', 'the-magician', 'the-high-priestess', 'the-empress', 'the-emperor',
              'the-hierophant', 'the-lovers', 'the-chariot', 'strength', 'the-hermit',
              'wheel-of-fortune', 'justice', 'the-hanged-man', 'death', 'temperance', 'the-devil',
              'the-tower', 'the-star', 'the-moon', 'the-sun', 'judgement', 'the-world']
RANKS = ['ace', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
         'page', 'knight', 'queen', 'king']
HEBREW = ['Aleph', 'Beth', 'Gimel', 'Daleth', 'Heh', 'Vav', 'Zayin', 'Cheth', 'Teth', 'Yod', 'Kaph',
          'Lamed', 'Mem', 'Nun', 'Samekh', 'Ayin', 'Peh', 'Tzaddi', 'Qoph', 'Resh', 'Shin', 'Tav']

# Each check: (description, SQL returning one scalar, expected value).
CHECKS = [
    ('card rows', "SELECT count(*) FROM tarot.tarot_cards", 78),
    ('unique card keys', "SELECT count(DISTINCT card_key) FROM tarot.tarot_cards", 78),
    ('unique card names', "SELECT count(DISTINCT name) FROM tarot.tarot_cards", 78),
    ('major arcana', "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'major' AND suit IS NULL", 22),
    ('majors numbered 0..21 once each',
     "SELECT count(DISTINCT number) FROM tarot.tarot_cards WHERE arcana_type = 'major' AND number BETWEEN 0 AND 21", 22),
    ('minors per suit = 14, numbered 1..14',
     "SELECT count(*) FROM (SELECT suit FROM tarot.tarot_cards WHERE arcana_type = 'minor' "
     "GROUP BY suit HAVING count(*) = 14 AND count(DISTINCT number) = 14 AND min(number) = 1 AND max(number) = 14) s "
     "WHERE suit IN ('wands','cups','swords','pentacles')", 4),
    ('minor keys follow <rank>-of-<suit> and names match keys',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND ("
     " card_key <> (ARRAY['ace','two','three','four','five','six','seven','eight','nine','ten','page','knight','queen','king'])[number] || '-of-' || suit"
     " OR lower(replace(name, ' ', '-')) <> card_key)", 0),
    ('image_url = cards/<card_key>.jpg',
     "SELECT count(*) FROM tarot.tarot_cards WHERE image_url <> 'cards/' || card_key || '.jpg'", 0),
    ('empty text fields (description, meanings, 10 contextual)',
     "SELECT count(*) FROM tarot.tarot_cards, LATERAL (VALUES " +
     ', '.join('(%s)' % f for f in TEXT_FIELDS) + ") v(t) WHERE coalesce(btrim(t), '') = ''", 0),
    ('cards with < 3 upright or reversed keywords',
     "SELECT count(*) FROM tarot.tarot_cards WHERE coalesce(cardinality(upright_keywords), 0) < 3 "
     "OR coalesce(cardinality(reversed_keywords), 0) < 3", 0),
    ('blank keywords',
     "SELECT count(*) FROM tarot.tarot_cards, unnest(upright_keywords || reversed_keywords) k WHERE btrim(k) = ''", 0),
    ('suit element mismatches',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND element IS DISTINCT FROM "
     "CASE suit WHEN 'wands' THEN 'fire' WHEN 'cups' THEN 'water' WHEN 'swords' THEN 'air' WHEN 'pentacles' THEN 'earth' END", 0),
    ('elements outside fire/water/air/earth',
     "SELECT count(*) FROM tarot.tarot_cards WHERE element IS NULL OR element NOT IN ('fire','water','air','earth')", 0),
    ('majors with a hebrew letter (distinct)',
     "SELECT count(DISTINCT hebrew_letter) FROM tarot.tarot_cards WHERE arcana_type = 'major' AND hebrew_letter IS NOT NULL", 22),
    ('minors with a hebrew letter', "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND hebrew_letter IS NOT NULL", 0),
    ('majors with neither planet nor zodiac sign',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'major' AND planet IS NULL AND zodiac_sign IS NULL", 0),
    ('pips 2..10 without planet AND zodiac sign (decan)',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND number BETWEEN 2 AND 10 "
     "AND (planet IS NULL OR zodiac_sign IS NULL)", 0),
    ('aces with planet or zodiac sign',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND number = 1 AND (planet IS NOT NULL OR zodiac_sign IS NOT NULL)", 0),
    ('courts: planet set, or knight/queen/king without sign, or page with sign',
     "SELECT count(*) FROM tarot.tarot_cards WHERE arcana_type = 'minor' AND number >= 11 AND "
     "(planet IS NOT NULL OR (number = 11) = (zodiac_sign IS NOT NULL))", 0),
    ('numerology <> digit-sum reduction of number',
     "SELECT count(*) FROM tarot.tarot_cards WHERE numerology IS DISTINCT FROM "
     "CASE WHEN number = 0 THEN 0 ELSE 1 + (number - 1) % 9 END", 0),
] + [
    ('duplicate %s across cards' % f,
     "SELECT count(*) - count(DISTINCT lower(btrim(%s))) FROM tarot.tarot_cards" % f, 0)
    for f in TEXT_FIELDS
] + [
    ('spread rows', "SELECT count(*) FROM tarot.tarot_spreads", 12),
    ('spreads not public/builtin',
     "SELECT count(*) FROM tarot.tarot_spreads WHERE is_custom OR NOT is_public OR created_by IS NOT NULL", 0),
    ('spreads with bad difficulty/category or empty description',
     "SELECT count(*) FROM tarot.tarot_spreads WHERE difficulty_level NOT IN ('beginner','intermediate','advanced') "
     "OR category NOT IN ('general','love','career','decision','spiritual','daily') OR coalesce(btrim(description),'') = ''", 0),
    ('categories used', "SELECT count(DISTINCT category) FROM tarot.tarot_spreads", 6),
    ('card_count <> number of positions',
     "SELECT count(*) FROM tarot.tarot_spreads WHERE jsonb_typeof(layout_data->'positions') IS DISTINCT FROM 'array' "
     "OR card_count <> jsonb_array_length(layout_data->'positions')", 0),
    ('positions out of order (index <> ordinal - 1)',
     "SELECT count(*) FROM tarot.tarot_spreads s, jsonb_array_elements(s.layout_data->'positions') WITH ORDINALITY p(pos, ord) "
     "WHERE (p.pos->>'index')::int IS DISTINCT FROM (p.ord - 1)::int", 0),
    ('positions with missing name/meaning or x/y outside [0,1]',
     "SELECT count(*) FROM tarot.tarot_spreads s, jsonb_array_elements(s.layout_data->'positions') p(pos) "
     "WHERE coalesce(btrim(pos->>'name'),'') = '' OR coalesce(btrim(pos->>'meaning'),'') = '' "
     "OR jsonb_typeof(pos->'x') IS DISTINCT FROM 'number' OR jsonb_typeof(pos->'y') IS DISTINCT FROM 'number' "
     "OR (pos->>'x')::numeric NOT BETWEEN 0 AND 1 OR (pos->>'y')::numeric NOT BETWEEN 0 AND 1", 0),
    ('duplicate position names within a spread',
     "SELECT count(*) FROM (SELECT s.id, p.pos->>'name' FROM tarot.tarot_spreads s, jsonb_array_elements(s.layout_data->'positions') p(pos) "
     "GROUP BY 1, 2 HAVING count(*) > 1) d", 0),
    ('duplicate x/y pairs within a spread',
     "SELECT count(*) FROM (SELECT s.id, (p.pos->>'x')::numeric, (p.pos->>'y')::numeric FROM tarot.tarot_spreads s, "
     "jsonb_array_elements(s.layout_data->'positions') p(pos) GROUP BY 1, 2, 3 HAVING count(*) > 1) d", 0),
    ('Celtic Cross: 10 cards, crossing card offset from centre card',
     "SELECT count(*) FROM tarot.tarot_spreads WHERE name = 'Celtic Cross' AND card_count = 10 AND "
     "(layout_data->'positions'->0->>'x', layout_data->'positions'->0->>'y') IS DISTINCT FROM "
     "(layout_data->'positions'->1->>'x', layout_data->'positions'->1->>'y')", 1),
    ('Year Ahead spread has 12 positions',
     "SELECT count(*) FROM tarot.tarot_spreads WHERE name = 'Year Ahead' AND card_count = 12", 1),
]


def psql_cmd(db, *extra):
    cmd = ['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db, *extra]
    if os.geteuid() == 0:
        cmd = ['runuser', '-u', 'postgres', '--'] + cmd
    return cmd


def psql(db, sql, *extra):
    res = subprocess.run(psql_cmd(db, *extra), input=sql, capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError('psql failed (%s):\n%s' % (res.returncode, res.stderr))
    return res.stdout


def scalar(db, sql):
    return psql(db, sql, '-A', '-t').strip()


def text_checks(db):
    """Near-duplicate and template detection on the card texts (beyond exact duplicates)."""
    failures = []
    sep = '\x1f'
    rows = psql(db, "SELECT card_key, name, %s FROM tarot.tarot_cards ORDER BY card_key" %
                ', '.join("replace(%s, E'\\n', ' ')" % f for f in TEXT_FIELDS), '-A', '-t', '-F', sep)
    cards = [line.split(sep) for line in rows.splitlines() if line]
    stop = set('a an the of and or to in on for is are be your you it its with as at by from that this not '
               'but can now may more than into their his her he she they them has have what who when'.split())

    def words(text, name):
        text = text.lower().replace(name.lower(), ' ')
        return set(w for w in re.findall(r"[a-z']+", text) if w not in stop)

    worst = (0.0, None)
    for i, field in enumerate(TEXT_FIELDS, start=2):
        for a, b in itertools.combinations(cards, 2):
            wa, wb = words(a[i], a[1]), words(b[i], b[1])
            sim = len(wa & wb) / max(1, len(wa | wb))
            if sim > worst[0]:
                worst = (sim, (field, a[0], b[0]))
            if sim >= 0.6:
                failures.append('near-duplicate %s: %s / %s (%.2f)' % (field, a[0], b[0], sim))
    print('  most similar pair of texts: %.2f %s' % worst)
    return failures


def main():
    for path in (V2, V3):
        if not os.path.exists(path):
            sys.exit('missing %s' % path)
    db = 'deckcheck_' + uuid.uuid4().hex[:8]
    print('scratch database', db)
    subprocess.run(psql_cmd('postgres', '-c', 'CREATE DATABASE %s' % db), check=True, capture_output=True)
    failures = []
    try:
        psql(db, DDL)
        for path in (V2, V3):
            with open(path, encoding='utf-8') as f:
                psql(db, f.read())
            print('applied', os.path.basename(path))
        # the expected key set, in order
        keys = scalar(db, "SELECT string_agg(card_key, ',' ORDER BY number) FROM tarot.tarot_cards WHERE arcana_type = 'major'")
        if keys.split(',') != MAJOR_KEYS:
            failures.append('major keys/order: %s' % keys)
        letters = scalar(db, "SELECT string_agg(hebrew_letter, ',' ORDER BY number) FROM tarot.tarot_cards WHERE arcana_type = 'major'")
        if letters.split(',') != HEBREW:
            failures.append('hebrew letters: %s' % letters)
        for desc, sql, expected in CHECKS:
            got = scalar(db, sql)
            ok = got == str(expected)
            print('  %-4s %-70s %s' % ('ok' if ok else 'FAIL', desc, got))
            if not ok:
                failures.append('%s: got %s, expected %s' % (desc, got, expected))
        failures += text_checks(db)
    finally:
        subprocess.run(psql_cmd('postgres', '-c', 'DROP DATABASE IF EXISTS %s' % db), check=True, capture_output=True)
        print('dropped', db)
    if failures:
        print('\nFAILURES:\n  ' + '\n  '.join(failures))
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
