# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# Kafka -> audit row latency at a steady 1,000 events/s (issue 5: p99 < 500 ms): events written
# by a warmed EventProducer at that pace, each stamped with its write time; p50/p99 of (ingest
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

# Like lib/audit.sh's audit_write_paced (same schedule, same AUDIT_PACED_* results) at a fraction of its CPU: no fork on
# a 100 ms tick (the sleep waits in read -t on a private FIFO), and no slice of the whole line array per tick (bash
# copies an entire array to slice it: with 10,000 lines of 500 B that alone cost ~60 ms of CPU per tick and held the
# writer to a few hundred events/s on a loaded 2-core machine). The lines are made once, each split around its time
# placeholder; a tick joins its events with the tick's stamp and writes them in one go.
latency_write_paced() { # rate seconds
  local per_tick=$(($1 / 10)) ticks=$(($2 * 10)) k i end start_us now_us wait_us pause stamp batch TZ=UTC
  local -a parts
  # through a file: bash reads a pipe one byte per system call. Two elements per event: before and after its time.
  audit_event_lines 1 $((per_tick * ticks)) "@TIME@" | awk -F'@TIME@' '{ print $1; print $2 }' >"$RUN_DIR/latency-events.txt"
  mapfile -t parts <"$RUN_DIR/latency-events.txt"
  mkfifo "$RUN_DIR/latency-tick.fifo"
  exec 8<>"$RUN_DIR/latency-tick.fifo" # nothing is ever written to it: read -t on it only waits
  start_us=${EPOCHREALTIME/./}
  for ((k = 0; k < ticks; k++)); do
    now_us=${EPOCHREALTIME/./}
    printf -v stamp '%(%Y-%m-%dT%H:%M:%S)T.%03dZ' "$((now_us / 1000000))" "$((now_us % 1000000 / 1000))"
    batch=""
    for ((i = 2 * k * per_tick, end = 2 * (k + 1) * per_tick; i < end; i += 2)); do
      batch+="${parts[i]}$stamp${parts[i + 1]}"$'\n'
    done
    printf '%s' "$batch" >&7
    wait_us=$((start_us + (k + 1) * 100000 - ${EPOCHREALTIME/./}))
    # never more than one tick: a wrong clock reading must not stall the run
    if ((wait_us > 0 && wait_us <= 100000)); then
      printf -v pause '0.%06d' "$wait_us"
      read -rt "$pause" -u 8 || true
    fi
  done
  exec 8<&-
  AUDIT_PACED_SECONDS="$(calc 'a / 1000000' $((${EPOCHREALTIME/./} - start_us)))"
  AUDIT_PACED_EVENTS=$((per_tick * ticks))
}
