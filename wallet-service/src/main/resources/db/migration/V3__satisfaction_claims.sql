-- Satisfaction guarantee: a client may ask, within 72 h of a completed reading payment, for their money
-- back; an admin approves (full refund of what is left, through the refund path) or rejects it.
CREATE TABLE satisfaction_claims (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    payment_transaction_id UUID NOT NULL UNIQUE REFERENCES transactions(id),
    reading_session_id UUID,
    client_id UUID NOT NULL,
    reason TEXT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected')),
    decided_by UUID,
    decision_note TEXT,
    refund_transaction_id UUID REFERENCES transactions(id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    decided_at TIMESTAMP WITH TIME ZONE
);

ALTER TABLE satisfaction_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Clients can view own claims" ON satisfaction_claims
    FOR SELECT USING (client_id = (SELECT auth.uid()));
CREATE POLICY "Clients can file own claims" ON satisfaction_claims
    FOR INSERT WITH CHECK (client_id = (SELECT auth.uid()) AND status = 'requested');
CREATE POLICY "Admins can view all claims" ON satisfaction_claims
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service manages claims" ON satisfaction_claims
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_satisfaction_claims_status ON satisfaction_claims(status, created_at);
