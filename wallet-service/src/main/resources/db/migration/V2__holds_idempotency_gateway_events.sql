-- Holds (the reading payment saga), idempotency keys (money-moving POSTs) and gateway webhook dedupe.

CREATE TABLE wallet_holds (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    wallet_id UUID NOT NULL REFERENCES user_wallets(id),
    user_id UUID NOT NULL,
    reader_id UUID,
    reading_id UUID NOT NULL UNIQUE,
    amount DECIMAL(15,2) NOT NULL CHECK (amount >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',
    status VARCHAR(20) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'captured', 'released', 'expired')),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

ALTER TABLE wallet_holds ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own holds" ON wallet_holds
    FOR SELECT USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Admins can view all holds" ON wallet_holds
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service manages holds" ON wallet_holds
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_wallet_holds_wallet_active ON wallet_holds(wallet_id) WHERE status = 'active';
CREATE INDEX idx_wallet_holds_expiry ON wallet_holds(expires_at) WHERE status = 'active' AND started_at IS NULL;

CREATE TRIGGER update_wallet_holds_updated_at
    BEFORE UPDATE ON wallet_holds
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- Same key + same request -> the first response replayed; same key + other request -> 422. Kept >= 24 h.
CREATE TABLE idempotency_keys (
    user_id UUID NOT NULL,
    key VARCHAR(255) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    response_status INTEGER,
    response_body TEXT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_idempotency_user_key UNIQUE (user_id, key)
);
CREATE INDEX idx_idempotency_keys_created ON idempotency_keys(created_at);

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own idempotency keys" ON idempotency_keys
    FOR SELECT USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Service manages idempotency keys" ON idempotency_keys
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

-- Each gateway event is applied once, whatever the gateway's retries.
CREATE TABLE gateway_events (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    provider VARCHAR(50) NOT NULL,
    event_id VARCHAR(255) NOT NULL,
    event_type VARCHAR(100),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    CONSTRAINT uq_gateway_events_provider_event UNIQUE (provider, event_id)
);

ALTER TABLE gateway_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service manages gateway events" ON gateway_events
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
