# shellcheck shell=bash
# Shared by the wallet scenarios: how many wallets the load spreads over, and the ledger invariant checked after a run.

# Readers (wallets) the withdrawals spread over: 8 per connection. Each still withdraws several times a second,
# far more than any real reader (audit's withdrawal-burst rule fires for all of them), but less than the ~20 a
# second of 2 per connection, where fewer wallets meant more waiting on wallet locks and larger burst counts.
# BENCH_WALLET_READERS sets it.
# shellcheck disable=SC2034  # read by the wallet scenarios
WALLET_READERS="${BENCH_WALLET_READERS:-$((8 * CONNECTIONS))}"

# Every wallet of the database: balance >= 0 and balance == credits - debits of its completed ledger rows.
# One statement, so one snapshot even while the service keeps writing. A broken wallet fails the scenario.
wallet_invariant() {
  local broken
  broken="$(psql_q "$APP_DB" "select count(*) from wallet.user_wallets w where w.balance < 0 or w.balance <> coalesce((select sum(case t.balance_effect when 'credit' then t.amount when 'debit' then -t.amount else 0 end) from wallet.transactions t where t.wallet_id = w.id and t.status = 'completed'), 0)")" ||
    { echo "the ledger invariant could not be checked (psql failed)" >&2; exit 1; }
  if [[ $broken != 0 ]]; then
    echo "ledger invariant broken after the run: $broken wallet(s) negative or != sum of completed ledger" >&2
    exit 1
  fi
  log "$SCENARIO: ledger invariant holds for every wallet"
  NOTE="${NOTE:+$NOTE; }ledger invariant checked"
}
