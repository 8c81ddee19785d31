-- Per-minute counts behind SecurityDetector's summing rules (failed logins per account, access denials per user,
-- withdrawals per user). A rule's window (since, t] used to be counted row by row in audit_logs: a reader with
-- 3,000 withdrawals in the last hour cost ~25 ms of PostgreSQL per evaluation, on every batch. Now the whole
-- minutes inside the window are summed here and only the two partial minutes at its ends are counted in
-- audit_logs: the same number, from at most ~60 rows plus one minute of events.
--
-- Kept exact by the ingestion transaction: each newly appended audit row adds 1 to its rule's row, keyed by the
-- same subject the rule counts by, in the same transaction (a redelivered event is not new and adds nothing).
-- Minutes are UTC (date_trunc(..., 'UTC')), so the session time zone cannot move a bucket.
CREATE TABLE detection_counts (
    rule VARCHAR(40) NOT NULL,
    subject TEXT NOT NULL,
    minute TIMESTAMP WITH TIME ZONE NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (rule, subject, minute)
);

ALTER TABLE detection_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service keeps detection counts" ON detection_counts
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
REVOKE DELETE, TRUNCATE ON TABLE detection_counts FROM audit_app;

-- Every row already ingested, by the rules' own filters (each has a partial index).
INSERT INTO detection_counts (rule, subject, minute, events)
SELECT 'failed_login_account', metadata ->> 'accountKey', date_trunc('minute', timestamp, 'UTC'), count(*)
FROM audit_logs WHERE action = 'user.login_failed' AND metadata ->> 'accountKey' IS NOT NULL
GROUP BY 2, 3;
INSERT INTO detection_counts (rule, subject, minute, events)
SELECT 'access_denied_user', user_id::text, date_trunc('minute', timestamp, 'UTC'), count(*)
FROM audit_logs WHERE action LIKE '%denied' AND user_id IS NOT NULL
GROUP BY 2, 3;
INSERT INTO detection_counts (rule, subject, minute, events)
SELECT 'withdrawal_user', user_id::text, date_trunc('minute', timestamp, 'UTC'), count(*)
FROM audit_logs WHERE action = 'withdrawal.requested' AND user_id IS NOT NULL
GROUP BY 2, 3;
