# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# tarot-service (issue 4): GET /api/v1/readings/{id} as its client — JWT verification, one RLS-scoped
# read by primary key (transaction, set_config, select) and the JSON columns mapped to the response.
# Goal: >= 0.3 x pgbench -S of the same run and p99 < 20 ms.
WRK_PATH=/api/v1/readings
BASELINE=pgbench_select
GOAL_MIN_RATIO=0.3
GOAL_MAX_P99_MS=20

setup() {
  require_service tarot
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  http GET "/api/v1/spreads?limit=100" "" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 200 ]] || skip "GET /api/v1/spreads -> $HTTP_CODE"
  local spread reading
  spread="$(jq -r '.items[] | select(.name == "Celtic Cross") | .id' <<<"$HTTP_BODY")"
  [[ -n $spread && $spread != null ]] || skip "no Celtic Cross spread seeded"
  http POST /api/v1/readings "{\"spreadId\":\"$spread\"}" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 ]] || skip "cannot create a reading to read ($HTTP_CODE)"
  reading="$(jq -r .id <<<"$HTTP_BODY")"
  WRK_PATH="/api/v1/readings/$reading"
  export BENCH_METHOD=GET BENCH_BODY="" BENCH_TOKEN
  require_endpoint GET "$WRK_PATH" "" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 200 ]] || skip "GET $WRK_PATH -> $HTTP_CODE"
}
