-- Refresh tokens (DESIGN §5): opaque 256-bit values, only their SHA-256 is stored. Every rotation keeps
-- the family id; presenting a rotated token again revokes the whole family (token theft detection).
CREATE TABLE refresh_tokens (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family_id UUID NOT NULL,
    token_hash CHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    rotated_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ,
    revoked_reason VARCHAR(30),
    ip VARCHAR(64),
    user_agent VARCHAR(512)
);
CREATE INDEX idx_refresh_tokens_user_live ON refresh_tokens(user_id) WHERE revoked_at IS NULL;
CREATE INDEX idx_refresh_tokens_family ON refresh_tokens(family_id);
CREATE INDEX idx_refresh_tokens_expires ON refresh_tokens(expires_at);

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;
-- Nobody reads or writes token rows with a user's claims: only identity-service's own work.
CREATE POLICY "Service manages refresh tokens" ON refresh_tokens
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

-- One-time tokens for email verification and password reset: random, hashed, expiring, single use.
CREATE TABLE one_time_tokens (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose VARCHAR(30) NOT NULL CHECK (purpose IN ('email_verification', 'password_reset')),
    token_hash CHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX idx_one_time_tokens_user ON one_time_tokens(user_id, purpose) WHERE used_at IS NULL;
CREATE INDEX idx_one_time_tokens_expires ON one_time_tokens(expires_at);

ALTER TABLE one_time_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service manages one-time tokens" ON one_time_tokens
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
