# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# Kafka -> audit row latency at a steady 1,000 events/s (issue 5: p99 < 500 ms): events written
# by a warmed ConsoleProducer at that pace, each stamped with its write time; p50/p99 of (ingest
# time - event time) over all of them. The outbox relay's own delay (identity's commit to Kafka)
# is not part of this number.
BASELINE=none
GOAL_MAX_P99_MS=500
AUDIT_RATE="${BENCH_AUDIT_RATE:-1000}"

setup() {
  source "$BENCH_DIR/lib/audit.sh"
  require_audit
  [[ -n "$(psql_q "$APP_DB" "select to_regclass('audit.ingested_events')")" ]] ||
    skip "audit.ingested_events (the ingest time) not found in database $APP_DB"
}

teardown() { audit_producer_stop; }

measure() {
  local count stored p50 p99
  audit_producer_start
  audit_warm_up 60 || die "the warm-up event did not reach audit.audit_logs within 60 s (audit-service consuming?)"
  audit_write_paced "$AUDIT_RATE" "$DURATION"
  count="$(audit_wait_rows "$AUDIT_PACED_EVENTS" 20)"
  audit_producer_stop
  read -r stored p50 p99 < <(audit_latencies)
  REQUESTS=$AUDIT_PACED_EVENTS ERRORS=$((AUDIT_PACED_EVENTS - count)) P50=$p50 P99=$p99
  RPS="$(calc 'a / b' "$AUDIT_PACED_EVENTS" "$AUDIT_PACED_SECONDS")"
  NOTE="$count of $AUDIT_PACED_EVENTS $AUDIT_EVENT_TYPE events at ${AUDIT_RATE}/s stored; latency = ingest time - event time over $stored rows"
}
