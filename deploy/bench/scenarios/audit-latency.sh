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
  latency_write_paced "$AUDIT_RATE" "$DURATION"
  count="$(audit_wait_rows "$AUDIT_PACED_EVENTS" 20)"
  audit_producer_stop
  read -r stored p50 p99 < <(audit_latencies)
  REQUESTS=$AUDIT_PACED_EVENTS ERRORS=$((AUDIT_PACED_EVENTS - count)) P50=$p50 P99=$p99
  RPS="$(calc 'a / b' "$AUDIT_PACED_EVENTS" "$AUDIT_PACED_SECONDS")"
  NOTE="$count of $AUDIT_PACED_EVENTS $AUDIT_EVENT_TYPE events at ${AUDIT_RATE}/s stored; latency = ingest time - event time over $stored rows"
}

# Like lib/audit.sh's audit_write_paced (same schedule, same AUDIT_PACED_* results), without forking awk,
# date and calc on every 100 ms tick: on a loaded 2-core machine those forks alone held the writer to a
# few hundred events/s. The lines are made once with a placeholder time; each tick stamps its slice with
# bash builtins and sleeps until the tick's absolute deadline (one fork).
latency_write_paced() { # rate seconds
  local per_tick=$(($1 / 10)) ticks=$(($2 * 10)) k start_us now_us wait_us stamp TZ=UTC
  local -a lines slice
  # through a file: bash reads a pipe one byte per system call
  audit_event_lines 1 $((per_tick * ticks)) "@TIME@" >"$RUN_DIR/latency-events.txt"
  mapfile -t lines <"$RUN_DIR/latency-events.txt"
  start_us=${EPOCHREALTIME/./}
  for ((k = 0; k < ticks; k++)); do
    now_us=${EPOCHREALTIME/./}
    printf -v stamp '%(%Y-%m-%dT%H:%M:%S)T.%03dZ' "$((now_us / 1000000))" "$((now_us % 1000000 / 1000))"
    slice=("${lines[@]:k*per_tick:per_tick}")
    printf '%s\n' "${slice[@]//@TIME@/$stamp}" >&7
    wait_us=$((start_us + (k + 1) * 100000 - ${EPOCHREALTIME/./}))
    # never more than one tick: a wrong clock reading must not stall the run
    ((wait_us > 0 && wait_us <= 100000)) && sleep "0.$(printf '%06d' "$wait_us")"
  done
  AUDIT_PACED_SECONDS="$(calc 'a / 1000000' $((${EPOCHREALTIME/./} - start_us)))"
  AUDIT_PACED_EVENTS=$((per_tick * ticks))
}
