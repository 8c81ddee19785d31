-- Where a withdrawal's payout stands, apart from its ledger row. The row records the debit and stays
-- 'completed' (balance == sum of completed ledger rows); the payout is a separate, slower fact:
--   pending  debited, the gateway has not given a definitive answer yet (timeout, 5xx, crash before asking)
--   sent     the gateway accepted the payout (its id is in gateway_transaction_id); payout.paid/failed follow
--   paid     the gateway confirmed the money arrived
--   failed   the gateway refused it; a refund credit linked to the withdrawal gave the money back (once)
-- NULL for every other row type and for withdrawals made before this column existed.
ALTER TABLE transactions ADD COLUMN payout_status VARCHAR(20)
    CHECK (payout_status IN ('pending', 'sent', 'paid', 'failed'));

-- The payout recovery job asks the gateway again about these; the set stays tiny, so does the index.
CREATE INDEX idx_transactions_payout_pending ON transactions(created_at) WHERE payout_status = 'pending';
