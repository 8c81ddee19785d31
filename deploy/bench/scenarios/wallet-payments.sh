# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# Payments per second with Idempotency-Key (issue 6: >= 0.5 x pgbench TPC-B TPS of the same run), measured
# on POST /api/v1/payments/withdrawals because it is the API's only money-moving POST that completes a
# balance change in the request itself: key claim, wallet row lock, available-funds and daily/monthly limit
# checks, a completed debit in the ledger, wallet.debited + withdrawal.requested in the outbox, the stored
# response (one transaction), then the payout through the sandbox gateway (in-process) and one conditional
# UPDATE recording its id (a second transaction). Deposits only open a pending
# row (wallet-deposits); reading payments move money from Kafka events, not from a POST. Like TPC-B, the
# load spreads over many accounts: $WALLET_READERS readers (lib/wallet.sh), each wrk thread rotating over its share.
# Setup: the bootstrap admin (BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD, default the local stack's) makes
# $WALLET_READERS new bench users readers, each funds its wallet through a sandbox deposit (completed by the
# signed webhook), then every request withdraws 0.01 USD. After the run the ledger invariant is checked in
# SQL for every wallet; a broken one fails the scenario. wallet-payments-sql measures the ceiling of this ratio.
WRK_PATH=/api/v1/payments/withdrawals
WRK_LUA=wallet-deposits.lua
BASELINE=pgbench_tpcb
GOAL_MIN_RATIO=0.5
BENCH_READER_FUNDS=100.00

# shellcheck source=/dev/null
source "$BENCH_DIR/lib/wallet.sh"

setup() {
  require_service wallet
  require_service identity
  require_endpoint POST "$WRK_PATH" '{}' # no token: 401 when the route exists
  local admin_token email i id token tokens=() method deadline balance
  http POST /api/v1/auth/login "{\"email\":\"${BENCH_ADMIN_EMAIL:-admin@samia.local}\",\"password\":\"${BENCH_ADMIN_PASSWORD:-ChangeMe-Local-Only-2026}\"}"
  [[ $HTTP_CODE == 200 ]] || skip "admin login refused ($HTTP_CODE): set BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD"
  admin_token="$(jq -r .accessToken <<<"$HTTP_BODY")"
  for ((i = 1; i <= WALLET_READERS; i++)); do
    email="reader-$BENCH_RUN_ID-$i@bench.samia.test"
    http POST /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"Bench-Password-2026!\",\"fullName\":\"Bench Reader $i\"}"
    [[ $HTTP_CODE == 201 ]] || skip "cannot register a bench reader ($HTTP_CODE)"
    id="$(jq -r .id <<<"$HTTP_BODY")"
    http PUT "/api/v1/users/$id/role" '{"role":"reader"}' "$admin_token"
    [[ $HTTP_CODE == 200 ]] || skip "cannot make $email a reader (PUT /api/v1/users/{id}/role -> $HTTP_CODE)"
    http POST /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"Bench-Password-2026!\"}"
    [[ $HTTP_CODE == 200 ]] || skip "login of a bench reader refused ($HTTP_CODE)"
    token="$(jq -r .accessToken <<<"$HTTP_BODY")"
    http POST /api/v1/payment-methods \
      '{"methodType":"bank_account","provider":"sandbox","providerMethodId":"sbx_pm_bench","brand":"bench","lastFour":"4242"}' "$token"
    [[ $HTTP_CODE == 201 ]] || skip "cannot add a sandbox payment method ($HTTP_CODE)"
    method="$(jq -r .id <<<"$HTTP_BODY")"
    curl -s -o /dev/null --max-time 30 -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: bench-fund-$BENCH_RUN_ID-$i" -H 'User-Agent: samia-bench' \
      --data "{\"amount\":{\"amount\":\"$BENCH_READER_FUNDS\",\"currency\":\"USD\"},\"paymentMethodId\":\"$method\"}" \
      "$GATEWAY/api/v1/payments/deposits"
    tokens+=("$token")
  done
  # the sandbox delivers its signed webhooks about a second later, after those wallet-deposits left behind
  for token in "${tokens[@]}"; do
    deadline=$((SECONDS + 180))
    while :; do
      http GET /api/v1/wallet "" "$token"
      balance="$(jq -r '.balance.amount // "0"' <<<"$HTTP_BODY" 2>/dev/null || echo 0)"
      [[ $balance == "$BENCH_READER_FUNDS" ]] && break
      ((SECONDS < deadline)) || skip "a bench reader's sandbox deposit was not completed within 180 s (balance $balance)"
      sleep 0.5
    done
  done
  log "$SCENARIO: ${#tokens[@]} readers funded with $BENCH_READER_FUNDS USD each"
  export BENCH_WALLET_PATH=$WRK_PATH BENCH_TOKENS="${tokens[*]}"
  export BENCH_BODY='{"amount":{"amount":"0.01","currency":"USD"}}'
}

measure() {
  wrk_measure "$WRK_PATH" "$WRK_LUA"
  wallet_invariant
}
