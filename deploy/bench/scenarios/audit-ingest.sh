# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# Ingest throughput of audit-service: AUDIT_EVENTS CloudEvents (as many as the Kafka baseline's records: 200,000
# in a full run) written at once to identity.events by a warmed EventProducer, after AUDIT_WARMUP_EVENTS uncounted
# ones (five times as many in a full run: lib/audit.sh audit_warm_up_events says why);
# rps = events / (time from the first write until the last row is visible in audit.audit_logs).
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
  audit_warm_up_events "$AUDIT_WARMUP_EVENTS" $((AUDIT_EVENTS / 2)) 120 ||
    die "a warm-up burst was not stored within 120 s"
  log "$SCENARIO: writing the $AUDIT_EVENTS measured events"
  started=$(now)
  cat "$RUN_DIR/audit-events.txt" >&7
  count="$(audit_wait_rows "$AUDIT_EVENTS" 20)"
  finished=$(now)
  log "$SCENARIO: $count events stored"
  audit_producer_stop
  REQUESTS=$AUDIT_EVENTS
  ERRORS=$((AUDIT_EVENTS - count))
  seconds="$(calc 'a - b' "$finished" "$started")"
  RPS="$(calc 'a / b' "$count" "$seconds")"
  NOTE="$count of $AUDIT_EVENTS $AUDIT_EVENT_TYPE events in audit_logs $(printf '%.2f' "$seconds") s after the first write, $AUDIT_WARMUP_NOTE; events/s"
}
