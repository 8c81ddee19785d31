# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# GET /api/v1/cards straight from tarot-service, past the gateway's edge cache: what the service itself
# does per request (JWT-free public route, pre-serialised deck bytes). The gateway scenario 'cards' is
# what clients get; this one shows the origin's own rate beside it. Reported, no goal.
WRK_PATH=/api/v1/cards
BASELINE=pgbench_select
TAROT_ORIGIN="${BENCH_TAROT_URL:-http://127.0.0.1:8082}"

setup() {
  require_service tarot
  export BENCH_METHOD=GET BENCH_TOKEN=""
  [[ $(http_code "$TAROT_ORIGIN$WRK_PATH") == 200 ]] || skip "GET $TAROT_ORIGIN$WRK_PATH is not 200"
  NOTE="origin $TAROT_ORIGIN, no gateway"
}

# wrk_measure prefixes $GATEWAY: point it at the service for this scenario only (bash dynamic scope)
measure() {
  local GATEWAY=$TAROT_ORIGIN
  wrk_measure "$WRK_PATH" request.lua
}
