-- A withdrawal's payout recorded in one call: the service claims, the conditional update and the commit travel
-- as one message (an implicit transaction) instead of BEGIN, the update and COMMIT. SECURITY INVOKER: it runs as
-- the app role, under the policies of wallet.transactions, with the claims the caller passes (RlsClaims JSON),
-- which end with this transaction as those of every service transaction do.
-- Its commit does not wait for the WAL flush (synchronous_commit off, for this transaction only): lost in a crash
-- of PostgreSQL, the payout is pending again, as after a crash just before the call, and PayoutRecovery asks the
-- gateway again with the payout's own key (the same payout, never a second one).
CREATE FUNCTION record_payout(claims TEXT, withdrawal UUID, payout_id VARCHAR, new_status VARCHAR) RETURNS BOOLEAN
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('request.jwt.claims', claims, true), set_config('synchronous_commit', 'off', true);
    UPDATE wallet.transactions SET gateway_transaction_id = payout_id, payout_status = new_status
     WHERE id = withdrawal AND payout_status = 'pending';
    RETURN FOUND;
END $$;
