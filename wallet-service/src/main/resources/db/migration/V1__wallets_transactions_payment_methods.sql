-- wallet-service owns user_wallets, transactions and payment_methods of the seed (database-schema.md).
-- Deliberate changes (DESIGN §2): no foreign key to users or reading_sessions (other schemas: those ids are
-- plain UUIDs validated by events and JWTs); admin checks read the verified claim through auth.*, never a
-- users lookup; the seed's update_wallet_balance raised errors are no longer swallowed.
-- Added columns (beyond the seed): transactions.wallet_id, balance_effect (which way the row moved the
-- balance: credit, debit or none for informational rows such as the platform fee) and
-- related_transaction_id (refunds, fee rows), so that balance == sum of completed ledger rows is provable.

CREATE TABLE user_wallets (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID NOT NULL UNIQUE,
    balance DECIMAL(15,2) NOT NULL DEFAULT 0.00 CHECK (balance >= 0),
    currency VARCHAR(3) NOT NULL DEFAULT 'USD',

    -- Limits and controls
    daily_limit DECIMAL(15,2) DEFAULT 1000.00,
    monthly_limit DECIMAL(15,2) DEFAULT 10000.00,
    is_frozen BOOLEAN NOT NULL DEFAULT false,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

ALTER TABLE user_wallets ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own wallet" ON user_wallets
    FOR SELECT USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Admins can view all wallets" ON user_wallets
    FOR SELECT USING ((SELECT auth.is_admin()));
-- Lazy creation on first access: only one's own, only empty and unfrozen.
CREATE POLICY "Users can open own empty wallet" ON user_wallets
    FOR INSERT WITH CHECK (user_id = (SELECT auth.uid()) AND balance = 0 AND is_frozen = false);
CREATE POLICY "Admins can freeze wallets" ON user_wallets
    FOR UPDATE USING ((SELECT auth.is_admin())) WITH CHECK ((SELECT auth.is_admin()));
-- Money movement runs as the service after the code has checked the caller (RLS is the second wall).
CREATE POLICY "Service manages wallets" ON user_wallets
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_user_wallets_user ON user_wallets(user_id);

CREATE TRIGGER update_user_wallets_updated_at
    BEFORE UPDATE ON user_wallets
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

CREATE TABLE transactions (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID NOT NULL,
    wallet_id UUID REFERENCES user_wallets(id),

    -- Transaction details
    transaction_type VARCHAR(50) NOT NULL
        CHECK (transaction_type IN ('deposit', 'withdrawal', 'payment', 'refund', 'fee')),
    amount DECIMAL(15,2) NOT NULL,
    currency VARCHAR(3) DEFAULT 'USD',
    status VARCHAR(50) DEFAULT 'pending'
        CHECK (status IN ('pending', 'completed', 'failed', 'cancelled')),
    balance_effect VARCHAR(6) NOT NULL DEFAULT 'none' CHECK (balance_effect IN ('credit', 'debit', 'none')),

    -- Payment gateway details
    gateway_provider VARCHAR(50),
    gateway_transaction_id VARCHAR(255),
    gateway_fee DECIMAL(15,2) DEFAULT 0.00,

    -- Related entities (reading_session_id: a tarot-service id, no cross-schema FK)
    reading_session_id UUID,
    payment_method_id UUID,
    related_transaction_id UUID REFERENCES transactions(id),

    -- Description and metadata
    description TEXT,
    metadata JSONB DEFAULT '{}',

    -- Audit fields
    processed_by UUID,
    processor_notes TEXT,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    completed_at TIMESTAMP WITH TIME ZONE,

    -- Reconciliation
    reconciled BOOLEAN DEFAULT false,
    reconciled_at TIMESTAMP WITH TIME ZONE,

    CONSTRAINT check_positive_amount CHECK (amount > 0)
);

ALTER TABLE transactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can view own transactions" ON transactions
    FOR SELECT USING (user_id = (SELECT auth.uid()));
CREATE POLICY "Admins can view all transactions" ON transactions
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service manages transactions" ON transactions
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_transactions_user ON transactions(user_id);
CREATE INDEX idx_transactions_type ON transactions(transaction_type);
CREATE INDEX idx_transactions_status ON transactions(status);
CREATE INDEX idx_transactions_created ON transactions(created_at);
CREATE INDEX idx_transactions_gateway ON transactions(gateway_provider, gateway_transaction_id);
CREATE INDEX idx_transactions_user_type_date ON transactions(user_id, transaction_type, created_at);
CREATE INDEX idx_transactions_wallet_status ON transactions(wallet_id, status);
CREATE INDEX idx_transactions_related ON transactions(related_transaction_id) WHERE related_transaction_id IS NOT NULL;
-- Last walls against double counting: one client debit per reading, one deposit per gateway intent.
CREATE UNIQUE INDEX uq_transactions_reading_debit ON transactions(reading_session_id)
    WHERE transaction_type = 'payment' AND balance_effect = 'debit';
CREATE UNIQUE INDEX uq_transactions_gateway_deposit ON transactions(gateway_provider, gateway_transaction_id)
    WHERE transaction_type = 'deposit' AND gateway_transaction_id IS NOT NULL;

CREATE TABLE payment_methods (
    id UUID PRIMARY KEY DEFAULT public.uuid_generate_v4(),
    user_id UUID NOT NULL,

    -- Payment method details
    method_type VARCHAR(50) NOT NULL CHECK (method_type IN ('card', 'bank_account', 'digital_wallet')),
    provider VARCHAR(50) NOT NULL,
    provider_method_id VARCHAR(255) NOT NULL,

    -- Display information (no sensitive data)
    display_name VARCHAR(255),
    last_four VARCHAR(4) CHECK (last_four IS NULL OR last_four ~ '^[0-9]{4}$'),
    brand VARCHAR(50),
    expiry_month INTEGER CHECK (expiry_month IS NULL OR expiry_month BETWEEN 1 AND 12),
    expiry_year INTEGER,

    -- Settings
    is_default BOOLEAN DEFAULT false,
    is_verified BOOLEAN DEFAULT false,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),

    -- Soft delete for audit purposes
    deleted_at TIMESTAMP WITH TIME ZONE
);

ALTER TABLE payment_methods ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Users can manage own payment methods" ON payment_methods
    FOR ALL USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY "Admins can view payment methods" ON payment_methods
    FOR SELECT USING ((SELECT auth.is_admin()));
CREATE POLICY "Service manages payment methods" ON payment_methods
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));

CREATE INDEX idx_payment_methods_user ON payment_methods(user_id);
CREATE INDEX idx_payment_methods_provider ON payment_methods(provider, provider_method_id);
CREATE UNIQUE INDEX uq_payment_methods_one_default ON payment_methods(user_id) WHERE is_default AND deleted_at IS NULL;

CREATE TRIGGER update_payment_methods_updated_at
    BEFORE UPDATE ON payment_methods
    FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();

-- The seed's update_wallet_balance, fixed: it locks the row and refuses overdrafts as before, but raises
-- typed errors (SQLSTATE) instead of swallowing every error and returning FALSE. Returns the ledger row id.
--   WA001 insufficient funds (DETAIL = balance)   WA002 no wallet   WA003 wallet frozen (debits)
--   22023 zero amount. SECURITY INVOKER: the caller's RLS applies.
CREATE OR REPLACE FUNCTION update_wallet_balance(
    p_user_id UUID,
    p_amount DECIMAL,
    p_transaction_type VARCHAR,
    p_metadata JSONB DEFAULT '{}'
) RETURNS UUID AS $$
DECLARE
    v_wallet user_wallets%ROWTYPE;
    v_tx UUID;
BEGIN
    IF p_amount IS NULL OR p_amount = 0 THEN
        RAISE EXCEPTION 'amount must be non-zero' USING ERRCODE = '22023';
    END IF;

    SELECT * INTO v_wallet FROM user_wallets WHERE user_id = p_user_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no wallet for user %', p_user_id USING ERRCODE = 'WA002';
    END IF;
    IF p_amount < 0 AND v_wallet.is_frozen THEN
        RAISE EXCEPTION 'wallet is frozen' USING ERRCODE = 'WA003';
    END IF;
    IF p_amount < 0 AND v_wallet.balance + p_amount < 0 THEN
        RAISE EXCEPTION 'insufficient funds' USING ERRCODE = 'WA001', DETAIL = v_wallet.balance::text;
    END IF;

    UPDATE user_wallets SET balance = balance + p_amount WHERE id = v_wallet.id;

    INSERT INTO transactions (user_id, wallet_id, transaction_type, amount, currency, status, balance_effect,
                              metadata, completed_at)
    VALUES (p_user_id, v_wallet.id, p_transaction_type, abs(p_amount), v_wallet.currency, 'completed',
            CASE WHEN p_amount > 0 THEN 'credit' ELSE 'debit' END, coalesce(p_metadata, '{}'), now())
    RETURNING id INTO v_tx;

    RETURN v_tx;
END;
$$ LANGUAGE plpgsql;
