# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# GET /health/identity through the gateway: nginx + identity-service's readiness checks (database,
# Kafka, outbox), the floor under every identity request. No goal: it is the reference point.
WRK_PATH=/health/identity
BASELINE=pgbench_select

setup() {
  require_service identity
  export BENCH_METHOD=GET
}
