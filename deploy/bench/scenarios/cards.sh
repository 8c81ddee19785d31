# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# GET /api/v1/cards through the gateway: the first page of the deck as a card grid gets it (20 summaries,
# served from pre-serialised bytes; the full texts are ?view=full or GET /api/v1/cards/{key}). The service
# marks the deck public (max-age 3600, strong ETag), so the gateway's edge cache answers after the first
# request, as a CDN would in production; 'cards-origin' measures the service behind it.
# Goal (issue 4): at least 0.6 x pgbench -S of the same run.
WRK_PATH=/api/v1/cards
BASELINE=pgbench_select
GOAL_MIN_RATIO=0.6

setup() {
  require_service tarot
  export BENCH_METHOD=GET BENCH_TOKEN=""
  require_endpoint GET "$WRK_PATH"
  if [[ $HTTP_CODE == 401 ]]; then
    # the deck may need a signed-in caller: measure it as one
    source "$BENCH_DIR/lib/identity.sh"
    bench_token
    require_endpoint GET "$WRK_PATH" "" "$BENCH_TOKEN"
    NOTE="with a bearer token"
  fi
  [[ $HTTP_CODE == 200 ]] || skip "GET $WRK_PATH -> $HTTP_CODE"
}
