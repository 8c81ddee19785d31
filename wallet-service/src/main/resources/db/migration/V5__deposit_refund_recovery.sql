-- Deposit refunds to the card whose gateway call got no definitive answer stay debited, without a gateway id,
-- until the gateway settles them. The admin's Idempotency-Key is kept on the refund row so whoever settles it
-- later (the recovery job, a refund.failed webhook) can complete or release that key. NULL on every other row.
ALTER TABLE transactions ADD COLUMN idempotency_key VARCHAR(255);

-- The refund recovery job asks the gateway again about these; the set stays tiny, so does the index.
CREATE INDEX idx_transactions_refund_unanswered ON transactions(created_at)
    WHERE transaction_type = 'refund' AND balance_effect = 'debit' AND status = 'completed'
      AND gateway_transaction_id IS NULL AND gateway_provider IS NOT NULL;
