# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# POST /api/v1/auth/register, a new email per request (lua/register.lua). Bound by the password
# hash (tuned to ~50-100 ms of one core), so the fair comparison is the number of cores: reported
# as sign-ups per second per core. Every request creates a real account in database samia.
WRK_LUA=register.lua
WRK_PATH=/api/v1/auth/register
BASELINE=cores
# Hashing is CPU-bound: more connections than cores only queue (and time out under load), and a
# hash of 50-100 ms needs more than a smoke's 3 s to give a count worth reading.
CONNECTIONS=$CORES THREADS=1
((DURATION >= 5)) || DURATION=5

setup() {
  require_service identity
  # a malformed body tells whether the route exists without creating an account
  require_endpoint POST /api/v1/auth/register '{}'
  export BENCH_PASSWORD="Bench-Password-2026!"
}
