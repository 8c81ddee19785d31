# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# tarot-service (issue 4): the same GET /api/v1/readings/{id} as tarot-reading-get (same reading, token,
# baseline and goal), sent to the service itself instead of through the local nginx gateway. On this 2-core
# machine the gateway, wrk, Postgres and five JVMs share the cores, so the gateway's own work is taken
# from what the service can do; in production the gateway runs on its own nodes. Both rows are printed.
source "$BENCH_DIR/scenarios/tarot-reading-get.sh"
TAROT_ORIGIN="${BENCH_TAROT_URL:-http://127.0.0.1:8082}"

measure() {
  local GATEWAY=$TAROT_ORIGIN
  [[ $(http_code "$TAROT_ORIGIN/q/health/live") == 200 ]] || skip "tarot-service is not answering at $TAROT_ORIGIN"
  NOTE="origin $TAROT_ORIGIN, no gateway"
  wrk_measure "$WRK_PATH" request.lua
}
