-- Idempotency-Key on POST /api/v1/readings (DESIGN §4): a double click or a retried request books once.
-- One row per (client, key), written in the same transaction as the reading it names; the fingerprint
-- of the request body tells a replay (same body) from a misuse of the key (another body -> 422).
CREATE TABLE reading_idempotency_keys (
    client_id UUID NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_fingerprint VARCHAR(64) NOT NULL,
    reading_id UUID NOT NULL REFERENCES reading_sessions(id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (client_id, idempotency_key)
);

ALTER TABLE reading_idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Clients use their own keys" ON reading_idempotency_keys
    FOR ALL USING (client_id = (SELECT auth.uid())) WITH CHECK (client_id = (SELECT auth.uid()));
CREATE POLICY "Service manages keys" ON reading_idempotency_keys
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_reading_idempotency_keys_created ON reading_idempotency_keys(created_at);
