-- Shared by every service (DESIGN §3): listed in each service's Flyway locations, so it lands in that
-- service's own schema. The transactional outbox: a domain change and its event commit together;
-- OutboxRelay publishes pending rows to Kafka and marks them sent.
CREATE TABLE ${flyway:defaultSchema}.outbox (
    id           UUID PRIMARY KEY,               -- the CloudEvent id
    topic        VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(100) NOT NULL,          -- Kafka record key: per-aggregate ordering
    event_type   VARCHAR(100) NOT NULL,
    payload      JSONB NOT NULL,                 -- the whole CloudEvent
    created_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    sent_at      TIMESTAMPTZ,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT
);
CREATE INDEX idx_outbox_pending ON ${flyway:defaultSchema}.outbox (created_at, id) WHERE sent_at IS NULL;
CREATE INDEX idx_outbox_sent ON ${flyway:defaultSchema}.outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumption: a consumer records each event id in the same transaction as its effect.
CREATE TABLE ${flyway:defaultSchema}.processed_events (
    event_id     UUID NOT NULL,
    consumer     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
