# shellcheck shell=bash
# A signed-in bench user for the scenarios that need one (login, me, me-under-login-flood).
# Sourced by those scenario files; uses run.sh's http/require_endpoint/skip. The account and its
# token are cached in the run folder, so one run registers one such user however many scenarios
# use it. Accounts use the bench.samia.test domain so they are recognisable in identity.users.

BENCH_PASSWORD="Bench-Password-2026!"

bench_user() { # sets BENCH_EMAIL, BENCH_LOGIN_BODY
  BENCH_EMAIL="user-$BENCH_RUN_ID@bench.samia.test"
  BENCH_LOGIN_BODY="{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}"
  [[ -f $RUN_DIR/bench-user.registered ]] && return 0
  require_endpoint POST /api/v1/auth/register \
    "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"fullName\":\"Bench User\"}"
  [[ $HTTP_CODE == 201 || $HTTP_CODE == 409 ]] ||
    skip "could not register a bench user (POST /api/v1/auth/register -> $HTTP_CODE)"
  touch "$RUN_DIR/bench-user.registered"
}

bench_token() { # sets BENCH_TOKEN (an access token of the bench user)
  bench_user
  if [[ -f $RUN_DIR/bench-user.token ]]; then
    BENCH_TOKEN="$(<"$RUN_DIR/bench-user.token")"
    return 0
  fi
  require_endpoint POST /api/v1/auth/login "$BENCH_LOGIN_BODY"
  [[ $HTTP_CODE == 200 ]] || skip "login of the bench user refused (POST /api/v1/auth/login -> $HTTP_CODE)"
  BENCH_TOKEN="$(jq -r '.accessToken // empty' <<<"$HTTP_BODY" 2>/dev/null || true)"
  [[ -n $BENCH_TOKEN ]] || skip "login answered 200 without an accessToken"
  printf '%s' "$BENCH_TOKEN" >"$RUN_DIR/bench-user.token"
}
