# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# Ingest throughput of audit-service: AUDIT_EVENTS CloudEvents (as many as the Kafka baseline's records: 200,000
# in a full run) written at once to identity.events by a warmed ConsoleProducer, after an uncounted burst of a
# tenth of that; rps = events / (time from the first write until the last row is visible in audit.audit_logs).
# Goal (issue 5): >= 0.2 x Kafka ProducerPerformance records/s.
BASELINE=kafka_producer
GOAL_MIN_RATIO=0.2

setup() {
  source "$BENCH_DIR/lib/audit.sh"
  require_audit
  audit_event_lines 1 "$AUDIT_EVENTS" "$(iso_now)" >"$RUN_DIR/audit-events.txt"
}

teardown() { audit_producer_stop; }

measure() {
  local started finished count seconds
  audit_producer_start
  audit_warm_up 60 || die "the warm-up event did not reach audit.audit_logs within 60 s (audit-service consuming?)"
  audit_warm_up_burst $((AUDIT_EVENTS / 10)) 120 ||
    die "the warm-up burst of $((AUDIT_EVENTS / 10)) events was not stored within 120 s"
  started=$(now)
  cat "$RUN_DIR/audit-events.txt" >&7
  count="$(audit_wait_rows "$AUDIT_EVENTS" 20)"
  finished=$(now)
  audit_producer_stop
  REQUESTS=$AUDIT_EVENTS
  ERRORS=$((AUDIT_EVENTS - count))
  seconds="$(calc 'a - b' "$finished" "$started")"
  RPS="$(calc 'a / b' "$count" "$seconds")"
  NOTE="$count of $AUDIT_EVENTS $AUDIT_EVENT_TYPE events in audit_logs $(printf '%.2f' "$seconds") s after the first write, events/s"
}
