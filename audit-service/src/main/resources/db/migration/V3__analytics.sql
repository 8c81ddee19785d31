-- user_analytics and system_metrics of the seed, maintained by the consumer from the event stream.
-- Additions: a unique key per rollup bucket so the consumer can upsert (insert ... on conflict do update);
-- no FK to users (other service).
CREATE TABLE user_analytics (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID,

    -- Session data
    session_id VARCHAR(255),
    page_views INTEGER DEFAULT 0,
    session_duration INTEGER, -- seconds

    -- Engagement metrics
    readings_completed INTEGER DEFAULT 0,
    messages_sent INTEGER DEFAULT 0,
    calls_made INTEGER DEFAULT 0,

    -- Financial metrics
    total_spent DECIMAL(15,2) DEFAULT 0.00,
    average_session_value DECIMAL(15,2) DEFAULT 0.00,

    -- Device and location
    device_type VARCHAR(50),
    browser VARCHAR(100),
    operating_system VARCHAR(100),
    country VARCHAR(2),
    city VARCHAR(100),

    -- Timestamps
    date DATE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_user_analytics_user_date ON user_analytics(user_id, date);
CREATE INDEX idx_user_analytics_date ON user_analytics(date);
CREATE UNIQUE INDEX uq_user_analytics_daily ON user_analytics(user_id, date);

ALTER TABLE user_analytics ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own analytics" ON user_analytics
    FOR SELECT USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Admins can view analytics" ON user_analytics
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service maintains analytics" ON user_analytics
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE TABLE system_metrics (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    metric_name VARCHAR(100) NOT NULL,
    metric_value DECIMAL(15,4) NOT NULL,
    metric_unit VARCHAR(50),

    -- Dimensions
    dimensions JSONB DEFAULT '{}',

    -- Aggregation level
    aggregation_level VARCHAR(50) DEFAULT 'hourly' CHECK (aggregation_level IN ('minute', 'hourly', 'daily')),

    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_system_metrics_name_time ON system_metrics(metric_name, timestamp);
CREATE INDEX idx_system_metrics_timestamp ON system_metrics(timestamp);
CREATE UNIQUE INDEX uq_system_metrics_bucket ON system_metrics(metric_name, aggregation_level, timestamp, dimensions);

ALTER TABLE system_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins and monitors can view metrics" ON system_metrics
    FOR SELECT USING ((SELECT auth.role()) IN ('admin', 'super_admin', 'monitor'));
CREATE POLICY "Service maintains metrics" ON system_metrics
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
