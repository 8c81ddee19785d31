-- tarot-service owns tarot_cards, tarot_spreads and reading_sessions of the seed (database-schema.md),
-- plus readers, a local projection of identity's users/profiles fed by identity.events.
--
-- Deliberate changes to the seed (DESIGN §2), each named here:
--   * no foreign key to users (another schema): client_id, reader_id and created_by are plain UUIDs,
--     validated through the caller's verified JWT and the readers projection;
--   * RLS policies call (SELECT auth.uid()) / (SELECT auth.is_admin()) instead of looking up users
--     (the seed's admin lookup recurses); background work is allowed explicitly via auth.is_service();
--     the insert/update policies a real API needs are added (clients create their own readings,
--     participants move their own readings through the lifecycle, users manage their own spreads);
--   * reading_sessions gains the wallet saga and lifecycle columns: payment_status, price_amount,
--     price_currency, accepted_at, cancelled_at, cancelled_by, cancellation_reason; status and
--     session_type get CHECK constraints listing the values the service uses (the seed only comments them);
--   * tarot_cards gets RLS with a public read policy (the seed leaves it without RLS; the deck is public
--     and only migrations write it);
--   * two SECURITY DEFINER helpers let a client's transaction bump a spread's usage_count and fold a
--     rating into a reader's average without granting clients UPDATE on rows they do not own.

CREATE TABLE tarot_cards (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    card_key VARCHAR(100) UNIQUE NOT NULL, -- 'the-fool', 'ace-of-cups'
    name VARCHAR(255) NOT NULL,
    arcana_type VARCHAR(10) NOT NULL CHECK (arcana_type IN ('major', 'minor')),
    suit VARCHAR(20), -- null for major arcana
    number INTEGER,
    image_url TEXT NOT NULL, -- relative path; the API prefixes samia.cards.image-base-url
    description TEXT,

    upright_meaning TEXT NOT NULL,
    reversed_meaning TEXT NOT NULL,
    upright_keywords TEXT[] DEFAULT '{}',
    reversed_keywords TEXT[] DEFAULT '{}',

    love_upright TEXT,
    love_reversed TEXT,
    career_upright TEXT,
    career_reversed TEXT,
    finance_upright TEXT,
    finance_reversed TEXT,
    health_upright TEXT,
    health_reversed TEXT,
    spiritual_upright TEXT,
    spiritual_reversed TEXT,

    element VARCHAR(20), -- fire, water, earth, air
    planet VARCHAR(50),
    zodiac_sign VARCHAR(50),
    hebrew_letter VARCHAR(10),
    numerology INTEGER,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_tarot_cards_key ON tarot_cards(card_key);
CREATE INDEX idx_tarot_cards_arcana ON tarot_cards(arcana_type);
CREATE INDEX idx_tarot_cards_suit ON tarot_cards(suit);

ALTER TABLE tarot_cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Cards viewable by all" ON tarot_cards
    FOR SELECT USING (true);

CREATE TRIGGER update_tarot_cards_updated_at
    BEFORE UPDATE ON tarot_cards
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TABLE tarot_spreads (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    name VARCHAR(255) NOT NULL,
    description TEXT,
    card_count INTEGER NOT NULL,
    layout_data JSONB NOT NULL, -- {"positions": [{"index", "name", "meaning", "x", "y"}, ...]}
    difficulty_level VARCHAR(20) DEFAULT 'beginner',
    category VARCHAR(100),
    is_custom BOOLEAN DEFAULT false,
    created_by UUID, -- a user id of identity-service; no cross-schema FK
    is_public BOOLEAN DEFAULT true,
    usage_count INTEGER DEFAULT 0,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT check_spread_card_count CHECK (card_count BETWEEN 1 AND 78)
);

ALTER TABLE tarot_spreads ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Public spreads viewable by all" ON tarot_spreads
    FOR SELECT USING (is_public = true);

CREATE POLICY "Users can manage own custom spreads" ON tarot_spreads
    FOR ALL USING (created_by = (SELECT auth.uid()))
    WITH CHECK (created_by = (SELECT auth.uid()) AND is_custom = true);

CREATE POLICY "Admins can view all spreads" ON tarot_spreads
    FOR SELECT USING ((SELECT auth.is_admin()));

CREATE POLICY "Service manages spreads" ON tarot_spreads
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_tarot_spreads_public ON tarot_spreads(is_public);
CREATE INDEX idx_tarot_spreads_creator ON tarot_spreads(created_by);
CREATE INDEX idx_tarot_spreads_created ON tarot_spreads(created_at, id);

CREATE TRIGGER update_tarot_spreads_updated_at
    BEFORE UPDATE ON tarot_spreads
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TABLE reading_sessions (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    client_id UUID NOT NULL, -- identity user id; no cross-schema FK
    reader_id UUID, -- null for AI readings
    spread_id UUID REFERENCES tarot_spreads(id) NOT NULL,

    question TEXT,
    session_type VARCHAR(50) DEFAULT 'standard'
        CONSTRAINT check_session_type CHECK (session_type IN ('standard', 'emergency', 'practice')),
    status VARCHAR(50) DEFAULT 'pending'
        CONSTRAINT check_reading_status CHECK (status IN ('pending', 'accepted', 'active', 'completed', 'cancelled')),

    cards_drawn JSONB NOT NULL, -- [{"position", "positionName", "cardKey", "cardName", "reversed"}, ...]

    ai_interpretation JSONB,
    ai_model_version VARCHAR(50),

    reader_notes TEXT,
    reader_interpretation TEXT,

    duration_minutes INTEGER,
    satisfaction_rating INTEGER CHECK (satisfaction_rating BETWEEN 1 AND 5),
    client_feedback TEXT,

    started_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),

    -- Additions to the seed: the wallet saga and the human-reading lifecycle.
    payment_status VARCHAR(20) NOT NULL DEFAULT 'none'
        CONSTRAINT check_payment_status CHECK (payment_status IN ('none', 'hold_pending', 'held', 'hold_failed', 'captured', 'released')),
    price_amount NUMERIC(15,2) CONSTRAINT check_price_non_negative CHECK (price_amount IS NULL OR price_amount >= 0),
    price_currency VARCHAR(3),
    accepted_at TIMESTAMP WITH TIME ZONE,
    cancelled_at TIMESTAMP WITH TIME ZONE,
    cancelled_by VARCHAR(20) CONSTRAINT check_cancelled_by CHECK (cancelled_by IS NULL OR cancelled_by IN ('client', 'reader', 'admin', 'system')),
    cancellation_reason TEXT,
    CONSTRAINT check_price_has_currency CHECK ((price_amount IS NULL) = (price_currency IS NULL))
);

ALTER TABLE reading_sessions ADD CONSTRAINT check_rating_range
    CHECK (satisfaction_rating IS NULL OR (satisfaction_rating >= 1 AND satisfaction_rating <= 5));

ALTER TABLE reading_sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY "Users can view own readings" ON reading_sessions
    FOR SELECT USING (
        client_id = (SELECT auth.uid()) OR
        reader_id = (SELECT auth.uid()) OR
        (SELECT auth.is_admin())
    );

CREATE POLICY "Clients create own readings" ON reading_sessions
    FOR INSERT WITH CHECK (client_id = (SELECT auth.uid()) AND (reader_id IS NULL OR reader_id <> client_id));

CREATE POLICY "Participants update own readings" ON reading_sessions
    FOR UPDATE USING (client_id = (SELECT auth.uid()) OR reader_id = (SELECT auth.uid()))
    WITH CHECK (client_id = (SELECT auth.uid()) OR reader_id = (SELECT auth.uid()));

CREATE POLICY "Service manages readings" ON reading_sessions
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_reading_sessions_client ON reading_sessions(client_id);
CREATE INDEX idx_reading_sessions_reader ON reading_sessions(reader_id);
CREATE INDEX idx_reading_sessions_status ON reading_sessions(status);
CREATE INDEX idx_reading_sessions_created ON reading_sessions(created_at);
CREATE INDEX idx_reading_sessions_client_status ON reading_sessions(client_id, status);
CREATE INDEX idx_reading_sessions_cards ON reading_sessions USING GIN(cards_drawn);
-- Cursor pagination of a participant's readings (newest first).
CREATE INDEX idx_reading_sessions_client_created ON reading_sessions(client_id, created_at DESC, id DESC);
CREATE INDEX idx_reading_sessions_reader_created ON reading_sessions(reader_id, created_at DESC, id DESC)
    WHERE reader_id IS NOT NULL;
-- Readings still waiting on the wallet (saga follow-up and stuck-hold checks).
CREATE INDEX idx_reading_sessions_open_payment ON reading_sessions(created_at)
    WHERE payment_status IN ('hold_pending', 'held');

CREATE TRIGGER update_reading_sessions_updated_at
    BEFORE UPDATE ON reading_sessions
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- Projection of identity users/profiles that tarot needs (names, rates, availability), fed by identity.events.
CREATE TABLE readers (
    user_id UUID PRIMARY KEY,
    display_name VARCHAR(255),
    profile_image_url TEXT,
    bio TEXT,
    specializations TEXT[] DEFAULT '{}',
    languages TEXT[] DEFAULT '{}',
    rate_per_minute NUMERIC(10,2) CONSTRAINT check_rate_non_negative CHECK (rate_per_minute IS NULL OR rate_per_minute >= 0),
    currency VARCHAR(3) DEFAULT 'USD',
    is_reader BOOLEAN NOT NULL DEFAULT false,
    is_active BOOLEAN NOT NULL DEFAULT true,
    online BOOLEAN NOT NULL DEFAULT false,
    rating_avg NUMERIC(3,2),
    rating_count INTEGER NOT NULL DEFAULT 0,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

ALTER TABLE readers ENABLE ROW LEVEL SECURITY;
-- The reader directory is public information (names, rates, availability).
CREATE POLICY "Readers viewable by all" ON readers
    FOR SELECT USING (true);
CREATE POLICY "Service maintains readers" ON readers
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_readers_available ON readers(user_id) WHERE is_reader AND is_active;

CREATE TRIGGER update_readers_updated_at
    BEFORE UPDATE ON readers
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- A reading on a spread counts as a use of it, whoever owns the spread. Narrow on purpose: the only
-- write a client may cause on a spread it does not own.
CREATE FUNCTION increment_spread_usage(p_spread_id UUID) RETURNS INTEGER
    LANGUAGE sql SECURITY DEFINER
    SET search_path = tarot, pg_temp
AS $$
    UPDATE tarot.tarot_spreads SET usage_count = coalesce(usage_count, 0) + 1 WHERE id = p_spread_id
    RETURNING usage_count;
$$;

-- Folds one rating (1-5) into a reader's running average; called in the rating client's transaction.
CREATE FUNCTION apply_reader_rating(p_reader_id UUID, p_rating INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = tarot, pg_temp
AS $$
DECLARE
    v_count INTEGER;
BEGIN
    IF p_rating IS NULL OR p_rating < 1 OR p_rating > 5 THEN
        RAISE EXCEPTION 'rating out of range' USING ERRCODE = '23514';
    END IF;
    UPDATE tarot.readers
       SET rating_avg = round(((coalesce(rating_avg, 0) * rating_count) + p_rating) / (rating_count + 1)::numeric, 2),
           rating_count = rating_count + 1
     WHERE user_id = p_reader_id
    RETURNING rating_count INTO v_count;
    RETURN coalesce(v_count, 0);
END;
$$;

REVOKE ALL ON FUNCTION increment_spread_usage(UUID) FROM PUBLIC;
REVOKE ALL ON FUNCTION apply_reader_rating(UUID, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION increment_spread_usage(UUID) TO tarot_app;
GRANT EXECUTE ON FUNCTION apply_reader_rating(UUID, INTEGER) TO tarot_app;
