-- audit-service owns audit_logs of the seed (database-schema.md), with the deliberate changes of DESIGN §2:
--  * event_id: the CloudEvent id each row comes from (idempotent consumption);
--  * no FK to users (another service's table): user_id is a plain UUID;
--  * declarative monthly RANGE partitioning on "timestamp" (the event's time), so years of events stay
--    cheap to query and old months can be detached/archived whole;
--  * append-only, enforced by PostgreSQL: the runtime role has no UPDATE/DELETE/TRUNCATE on it, and no
--    privilege at all on the partitions themselves (direct partition access would bypass the parent's RLS).
--
-- Event-id uniqueness: on a partitioned table a UNIQUE constraint must include the partition key, so
-- UNIQUE(event_id) alone is impossible and UNIQUE(event_id, timestamp) only catches a redelivery carrying
-- the same time. We enforce it exactly with the small table ingested_events(event_id PRIMARY KEY), written
-- in the same transaction as the audit row: the consumer inserts the batch's ids with ON CONFLICT DO
-- NOTHING RETURNING event_id and writes audit rows only for the ids that came back. (event_id, timestamp)
-- is also kept unique per partition as a second wall.

CREATE TABLE audit_logs (
    id UUID NOT NULL DEFAULT public.uuid_generate_v4(),
    event_id UUID,
    user_id UUID,

    -- Action details
    action VARCHAR(100) NOT NULL,
    resource_type VARCHAR(100),
    resource_id UUID,

    -- Request details
    ip_address INET,
    user_agent TEXT,
    request_method VARCHAR(10),
    request_path TEXT,

    -- Changes made
    old_values JSONB,
    new_values JSONB,

    -- Result
    success BOOLEAN DEFAULT true,
    error_message TEXT,

    -- Additional context
    metadata JSONB DEFAULT '{}',

    timestamp TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    PRIMARY KEY (id, timestamp),
    CONSTRAINT uq_audit_logs_event UNIQUE (event_id, timestamp)
) PARTITION BY RANGE (timestamp);

-- Rows outside every monthly partition (events older than last month, or far in the future) land here
-- instead of failing the batch; ensure_audit_log_partitions moves them when their month is created.
CREATE TABLE audit_logs_default PARTITION OF audit_logs DEFAULT;

CREATE TABLE ingested_events (
    event_id UUID PRIMARY KEY,
    -- clock_timestamp(), not now(): the moment the row is written, for end-to-end latency measurements.
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
);

-- Seed indexes (created on the parent, so on every partition).
CREATE INDEX idx_audit_logs_user ON audit_logs(user_id);
CREATE INDEX idx_audit_logs_action ON audit_logs(action);
CREATE INDEX idx_audit_logs_timestamp ON audit_logs(timestamp);
CREATE INDEX idx_audit_logs_resource ON audit_logs(resource_type, resource_id);
-- Detection windows (security rules count recent events of one account / IP / user).
CREATE INDEX idx_audit_logs_failed_login_account ON audit_logs ((metadata ->> 'accountKey'), timestamp)
    WHERE action = 'user.login_failed';
CREATE INDEX idx_audit_logs_failed_login_ip ON audit_logs (ip_address, timestamp)
    WHERE action = 'user.login_failed';
CREATE INDEX idx_audit_logs_denied_user ON audit_logs (user_id, timestamp)
    WHERE action LIKE '%denied';
CREATE INDEX idx_audit_logs_withdrawal_user ON audit_logs (user_id, timestamp)
    WHERE action = 'withdrawal.requested';

-- Creates the monthly partitions from last month to +months_ahead (idempotent, safe to run concurrently).
-- SECURITY DEFINER so the runtime role can call it at startup and daily without holding CREATE rights;
-- each new partition is revoked from audit_app (default privileges would otherwise grant it DML).
CREATE FUNCTION ensure_audit_log_partitions(months_ahead integer DEFAULT 3) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp
AS $$
DECLARE
    month_start timestamptz;
    month_end timestamptz;
    part_name text;
    created integer := 0;
BEGIN
    IF months_ahead < 0 OR months_ahead > 24 THEN
        RAISE EXCEPTION 'months_ahead must be between 0 and 24';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('audit.audit_logs.partitions'));
    FOR i IN -1..months_ahead LOOP
        -- Month arithmetic on UTC wall time: adding months to a timestamptz would follow the session's zone.
        month_start := (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i)) AT TIME ZONE 'UTC';
        month_end := (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i + 1)) AT TIME ZONE 'UTC';
        part_name := 'audit_logs_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
        IF to_regclass('audit.' || part_name) IS NULL THEN
            -- Build the month beside the table, move any rows the default partition holds for it, then
            -- attach: attaching directly would fail if the default partition already has such rows.
            EXECUTE format('CREATE TABLE audit.%I (LIKE audit.audit_logs INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part_name);
            EXECUTE format('WITH moved AS (DELETE FROM audit.audit_logs_default WHERE timestamp >= %L AND timestamp < %L RETURNING *)'
                           ' INSERT INTO audit.%I SELECT * FROM moved', month_start, month_end, part_name);
            EXECUTE format('ALTER TABLE audit.audit_logs ATTACH PARTITION audit.%I FOR VALUES FROM (%L) TO (%L)',
                           part_name, month_start, month_end);
            EXECUTE format('REVOKE ALL ON TABLE audit.%I FROM audit_app', part_name);
            created := created + 1;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
REVOKE ALL ON FUNCTION ensure_audit_log_partitions(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ensure_audit_log_partitions(integer) TO audit_app;

SELECT ensure_audit_log_partitions(3);

-- Append-only: after the default privileges granted DML, take the rewriting rights back.
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_logs FROM audit_app;
REVOKE ALL ON TABLE audit_logs_default FROM audit_app;
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE ingested_events FROM audit_app;

-- RLS as the seed intends, without its users lookup: the verified role claim decides.
ALTER TABLE audit_logs ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins and monitors can view audit logs" ON audit_logs
    FOR SELECT USING ((SELECT auth.role()) IN ('admin', 'super_admin', 'monitor'));
-- Ingestion and detection run as the service (consumer transactions set the service role claim).
CREATE POLICY "Service reads audit logs" ON audit_logs
    FOR SELECT USING ((SELECT auth.is_service()));
CREATE POLICY "Service appends audit logs" ON audit_logs
    FOR INSERT WITH CHECK ((SELECT auth.is_service()));

ALTER TABLE ingested_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service records ingested events" ON ingested_events
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
