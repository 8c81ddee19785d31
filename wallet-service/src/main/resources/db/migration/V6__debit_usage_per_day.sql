-- Debits that count against the daily and monthly limits (payments and withdrawals, pending or completed), summed
-- per wallet and UTC day. The limit checks read today's row and at most a month of days, instead of every debit of
-- the month: with them, each withdrawal of a busy wallet read all of the wallet's debits again, so every check was
-- slower than the one before. Kept by triggers on transactions, so every path that writes a ledger row keeps it
-- right, in the same transaction. day >= D here is exactly created_at >= D at 00:00 UTC in the ledger.
CREATE TABLE debit_usage (
    wallet_id UUID NOT NULL REFERENCES user_wallets(id),
    day DATE NOT NULL,
    amount NUMERIC NOT NULL,
    PRIMARY KEY (wallet_id, day)
);

ALTER TABLE debit_usage ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own debit usage" ON debit_usage
    FOR SELECT USING (wallet_id IN (SELECT w.id FROM user_wallets w WHERE w.user_id = (SELECT auth.uid())));
CREATE POLICY "Admins can view all debit usage" ON debit_usage
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service reads debit usage" ON debit_usage
    FOR SELECT USING ((SELECT auth.is_service()));
-- only the triggers below write it
DO $$
BEGIN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON debit_usage FROM %I', current_schema() || '_app');
END $$;

-- SECURITY DEFINER: runs as the owner (who bypasses RLS), whoever wrote the ledger row.
CREATE FUNCTION count_debit_usage() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = wallet, pg_temp AS $$
DECLARE
    counted_before BOOLEAN := TG_OP <> 'INSERT' AND OLD.balance_effect = 'debit'
        AND OLD.transaction_type IN ('payment', 'withdrawal') AND OLD.status IN ('pending', 'completed')
        AND OLD.wallet_id IS NOT NULL AND OLD.created_at IS NOT NULL;
    counted_now BOOLEAN := TG_OP <> 'DELETE' AND NEW.balance_effect = 'debit'
        AND NEW.transaction_type IN ('payment', 'withdrawal') AND NEW.status IN ('pending', 'completed')
        AND NEW.wallet_id IS NOT NULL AND NEW.created_at IS NOT NULL;
BEGIN
    counted_before := coalesce(counted_before, false);
    counted_now := coalesce(counted_now, false);
    IF counted_before AND counted_now AND OLD.wallet_id = NEW.wallet_id AND OLD.amount = NEW.amount
            AND (OLD.created_at AT TIME ZONE 'UTC')::date = (NEW.created_at AT TIME ZONE 'UTC')::date THEN
        RETURN NULL; -- e.g. a payout status recorded: the debit counts as it did
    END IF;
    IF counted_before THEN
        UPDATE debit_usage SET amount = amount - OLD.amount
         WHERE wallet_id = OLD.wallet_id AND day = (OLD.created_at AT TIME ZONE 'UTC')::date;
    END IF;
    IF counted_now THEN
        INSERT INTO debit_usage AS u (wallet_id, day, amount)
        VALUES (NEW.wallet_id, (NEW.created_at AT TIME ZONE 'UTC')::date, NEW.amount)
        ON CONFLICT (wallet_id, day) DO UPDATE SET amount = u.amount + EXCLUDED.amount;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER count_debit_usage_insert AFTER INSERT ON transactions
    FOR EACH ROW WHEN (NEW.balance_effect = 'debit') EXECUTE FUNCTION count_debit_usage();
CREATE TRIGGER count_debit_usage_update
    AFTER UPDATE OF balance_effect, transaction_type, status, wallet_id, amount, created_at ON transactions
    FOR EACH ROW WHEN (OLD.balance_effect = 'debit' OR NEW.balance_effect = 'debit') EXECUTE FUNCTION count_debit_usage();
CREATE TRIGGER count_debit_usage_delete AFTER DELETE ON transactions
    FOR EACH ROW WHEN (OLD.balance_effect = 'debit') EXECUTE FUNCTION count_debit_usage();

-- After the triggers: creating them waited for the transactions writing ledger rows and holds off new ones until
-- this migration commits, so this sum sees every debit and none is counted twice.
INSERT INTO debit_usage (wallet_id, day, amount)
SELECT wallet_id, (created_at AT TIME ZONE 'UTC')::date, sum(amount)
  FROM transactions
 WHERE balance_effect = 'debit' AND transaction_type IN ('payment', 'withdrawal') AND status IN ('pending', 'completed')
   AND wallet_id IS NOT NULL AND created_at IS NOT NULL
 GROUP BY 1, 2;
