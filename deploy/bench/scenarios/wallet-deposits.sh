# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# POST /api/v1/payments/deposits with a fresh Idempotency-Key per request (issue 6), reported against
# pgbench's TPC-B-like TPS of the same run. What one request does: one read transaction (key look-up,
# payment method, wallet), the sandbox gateway's intent (in-process), then one transaction with the key
# claim, the pending ledger row (no wallet lock) and the stored response. It moves no balance yet (the sandbox
# webhook completes deposits later, at the simulated gateway's pace), so it is reported, not held to the
# issue's goal: the completed money movement is measured by wallet-payments. Each request leaves a pending
# 1.00 USD deposit of the bench user in database samia; the sandbox completes them in the background.
# After the run the ledger invariant is checked in SQL and a broken one fails the scenario.
WRK_PATH=/api/v1/payments/deposits
WRK_LUA=wallet-deposits.lua
BASELINE=pgbench_tpcb
# Every deposit schedules a sandbox webhook: a long warm-up leaves thousands of them to complete after the run,
# competing with the next scenario (wallet-payments' own funding deposits queued behind them).
WARMUP_SLICES=$((${WARMUP_SLICES:-1} < 2 ? ${WARMUP_SLICES:-1} : 2))

setup() {
  require_service wallet
  require_service identity
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  http POST /api/v1/payment-methods \
    '{"methodType":"card","provider":"sandbox","providerMethodId":"sbx_pm_bench","brand":"visa","lastFour":"4242"}' "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 ]] || skip "cannot add a sandbox payment method (POST /api/v1/payment-methods -> $HTTP_CODE)"
  local method
  method="$(jq -r .id <<<"$HTTP_BODY")"
  export BENCH_WALLET_PATH=$WRK_PATH BENCH_TOKENS=$BENCH_TOKEN
  export BENCH_BODY="{\"amount\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"$method\"}"
}

measure() {
  source "$BENCH_DIR/lib/wallet.sh"
  wrk_measure "$WRK_PATH" "$WRK_LUA"
  wallet_invariant
}
