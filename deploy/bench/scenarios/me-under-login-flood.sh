# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# GET /api/v1/users/me p99 while a second wrk floods POST /auth/login. Password hashing must run on
# worker threads: if it blocked the event loop, /me's p99 would grow to the hash time. The
# baseline is the `me` scenario of the same run (ratio of p99s); without it, pgbench -S p99.
WRK_PATH=/api/v1/users/me
BASELINE=me
RATIO_OF=p99

setup() {
  require_service identity
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  require_endpoint GET "$WRK_PATH" "" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 200 ]] || skip "GET $WRK_PATH with a token -> $HTTP_CODE"
  require_endpoint POST /api/v1/auth/login "$BENCH_LOGIN_BODY"
  [[ $HTTP_CODE == 200 ]] || skip "POST /api/v1/auth/login -> $HTTP_CODE"
  [[ -n $(baseline_get me.p99) ]] || BASELINE=pgbench_select
}

measure() {
  local flood_out="$RUN_DIR/$SCENARIO-flood.wrk" flood_pid
  # the flood starts first and ends last, so every /me request of the measurement sees it; one
  # connection per core keeps every core hashing without queueing logins past wrk's timeout
  BENCH_METHOD=POST BENCH_BODY="$BENCH_LOGIN_BODY" BENCH_TOKEN="" \
    wrk -t 1 -c "$CORES" -d "$((${WARMUP:-0} + DURATION + 2))s" --timeout 10s -s "$BENCH_LUA_DIR/request.lua" \
    "$GATEWAY/api/v1/auth/login" >"$flood_out" 2>&1 &
  flood_pid=$!
  sleep 1
  BENCH_METHOD=GET BENCH_BODY="" BENCH_TOKEN="$BENCH_TOKEN" wrk_measure "$WRK_PATH"
  wait "$flood_pid" || true
  if grep -q '^BENCH ' "$flood_out"; then
    NOTE="during $(kv "$flood_out" rps) logins/s (login p99 $(kv "$flood_out" p99_ms) ms, $(kv "$flood_out" non2xx) non-2xx)"
  else
    NOTE="the login flood printed no result"
  fi
}
