# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# wallet-service (issue 6): money-moving POSTs with Idempotency-Key per second, against pgbench's
# TPC-B-like TPS of the same run (goal >= 0.5). After the run, the ledger invariant is checked in SQL:
# no negative balance and balance == sum of completed ledger rows for every wallet.
# To wire it: copy this file to deploy/bench/scenarios/ and wallet-deposits.lua to deploy/bench/lua/.
WRK_PATH=/api/v1/payments/deposits
BASELINE=pgbench_tpcb
GOAL_MIN_RATIO=0.5
WRK_LUA=wallet-deposits.lua

setup() {
  require_service wallet
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  http POST /api/v1/payment-methods \
    '{"methodType":"card","provider":"sandbox","providerMethodId":"sbx_pm_bench","brand":"visa","lastFour":"4242"}' "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 ]] || skip "cannot add a sandbox payment method ($HTTP_CODE)"
  local method
  method="$(jq -r .id <<<"$HTTP_BODY")"
  export BENCH_TOKEN BENCH_BODY="{\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"$method\"}"
}

teardown() {
  local broken
  broken="$(psql_q "$APP_DB" "select count(*) from wallet.user_wallets w where w.balance < 0 or w.balance <> coalesce((select sum(case when t.balance_effect = 'credit' then t.amount when t.balance_effect = 'debit' then -t.amount else 0 end) from wallet.transactions t where t.wallet_id = w.id and t.status = 'completed'), 0)" 2>/dev/null || echo "?")"
  log "wallet invariant after the run: $broken wallet(s) out of balance (must be 0)"
}
