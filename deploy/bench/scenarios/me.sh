# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# GET /api/v1/users/me with a bearer token: JWT verification + one RLS-scoped read (transaction,
# set_config, select). Compared with pgbench -S; issue 3 asks to report rps and p99.
WRK_PATH=/api/v1/users/me
BASELINE=pgbench_select

setup() {
  require_service identity
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  export BENCH_METHOD=GET BENCH_BODY="" BENCH_TOKEN
  require_endpoint GET "$WRK_PATH" "" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 200 ]] || skip "GET $WRK_PATH with a token -> $HTTP_CODE"
}
