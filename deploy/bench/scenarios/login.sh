# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# POST /api/v1/auth/login with one account's right password: password-hash-bound like register,
# reported per core (issue 3: "login/s, hash-bound; report it").
WRK_PATH=/api/v1/auth/login
BASELINE=cores
# Hashing is CPU-bound: more connections than cores only queue (and time out under load), and a
# hash of 50-100 ms needs more than a smoke's 3 s to give a count worth reading.
CONNECTIONS=$CORES THREADS=1
((DURATION >= 5)) || DURATION=5

setup() {
  require_service identity
  source "$BENCH_DIR/lib/identity.sh"
  bench_token # proves login works before flooding it
  export BENCH_METHOD=POST BENCH_BODY="$BENCH_LOGIN_BODY" BENCH_TOKEN=""
}
