# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# tarot-service (issue 4): AI reading creation per second — POST /api/v1/readings without a reader on the
# three-card spread: spread lookup, secure shuffle, built-in interpretation, insert + usage_count + outbox
# event in one RLS transaction (the LLM provider is off unless SAMIA_LLM_ENABLED). Reported against
# pgbench's TPC-B-like TPS (both are write transactions). Side effect: one reading row per request in the
# local samia database, all owned by the bench user.
WRK_PATH=/api/v1/readings
BASELINE=pgbench_tpcb

setup() {
  require_service tarot
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  http GET "/api/v1/spreads?limit=100" "" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 200 ]] || skip "GET /api/v1/spreads -> $HTTP_CODE"
  local spread
  spread="$(jq -r '.items[] | select(.name == "Three Card: Past, Present, Future") | .id' <<<"$HTTP_BODY")"
  [[ -n $spread && $spread != null ]] || skip "no three-card spread seeded"
  export BENCH_METHOD=POST BENCH_TOKEN BENCH_BODY="{\"spreadId\":\"$spread\",\"question\":\"What should I focus on at work?\"}"
  require_endpoint POST "$WRK_PATH" "$BENCH_BODY" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 ]] || skip "POST $WRK_PATH -> $HTTP_CODE"
}
