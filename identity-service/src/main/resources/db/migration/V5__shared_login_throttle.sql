-- Failed sign-in attempts, shared by every identity replica (DESIGN §5: throttled per account and per
-- IP). In-memory windows would multiply the limit by the replica count behind the HPA. Rows live one
-- throttle window; a scheduled delete keeps the table small.
CREATE TABLE login_failures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope VARCHAR(10) NOT NULL CHECK (scope IN ('account', 'ip')),
    -- account: sha-256 of the normalised email (or 'change:<user id>'); ip: the client address
    subject VARCHAR(100) NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX idx_login_failures_window ON login_failures(scope, subject, failed_at DESC);
CREATE INDEX idx_login_failures_age ON login_failures(failed_at);

ALTER TABLE login_failures ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service manages login failures" ON login_failures
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
