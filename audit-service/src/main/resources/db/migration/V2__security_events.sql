-- security_events of the seed, derived from the event stream by detection rules (DESIGN §3).
-- Additions: rule_key (which rule and which account/IP/user an alert is about, so an ongoing burst updates
-- its one open alert instead of raising duplicates), metadata (counts, first/last seen), last_seen_at and
-- updated_at. No FK to users (other service). CHECKs pin the seed's documented value sets.
CREATE TABLE security_events (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID,

    -- Event details
    event_type VARCHAR(100) NOT NULL,
    severity VARCHAR(20) DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    description TEXT NOT NULL,

    -- Context
    ip_address INET,
    user_agent TEXT,
    geolocation JSONB,

    -- Detection details
    detection_method VARCHAR(100),
    confidence_score DECIMAL(3,2) CHECK (confidence_score BETWEEN 0 AND 1),

    -- Response
    status VARCHAR(50) DEFAULT 'open' CHECK (status IN ('open', 'investigating', 'resolved', 'false_positive')),
    assigned_to UUID,
    resolution_notes TEXT,

    timestamp TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    resolved_at TIMESTAMP WITH TIME ZONE,

    rule_key VARCHAR(300),
    metadata JSONB NOT NULL DEFAULT '{}',
    last_seen_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

-- Seed indexes
CREATE INDEX idx_security_events_user ON security_events(user_id);
CREATE INDEX idx_security_events_type ON security_events(event_type);
CREATE INDEX idx_security_events_severity ON security_events(severity);
CREATE INDEX idx_security_events_status ON security_events(status);
-- Newest-first listing with a (timestamp, id) cursor.
CREATE INDEX idx_security_events_timestamp ON security_events(timestamp DESC, id DESC);
-- At most one untriaged alert per rule subject: concurrent detections converge on it.
CREATE UNIQUE INDEX uq_security_events_open_rule ON security_events(rule_key)
    WHERE status IN ('open', 'investigating') AND rule_key IS NOT NULL;

CREATE TRIGGER update_security_events_updated_at
    BEFORE UPDATE ON security_events
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

ALTER TABLE security_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins and monitors can view security events" ON security_events
    FOR SELECT USING ((SELECT auth.role()) IN ('admin', 'super_admin', 'monitor'));
CREATE POLICY "Admins triage security events" ON security_events
    FOR UPDATE USING ((SELECT auth.is_admin())) WITH CHECK ((SELECT auth.is_admin()));
CREATE POLICY "Service manages security events" ON security_events
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
REVOKE DELETE, TRUNCATE ON TABLE security_events FROM audit_app;
