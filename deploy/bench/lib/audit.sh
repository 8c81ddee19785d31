# shellcheck shell=bash
# CloudEvents for audit-service, written to identity.events by tools/EventProducer.java, and
# the queries that find them again in audit.audit_logs of database $APP_DB. Sourced by the audit-*
# scenarios; uses run.sh's helpers (psql_q, kafka_java, skip, log, now).
#
# Event ids are "<run prefix>-1000-4000-8000-<sequence>", so one index range scan on event_id
# counts this run's rows; the warm-up event is "<prefix>-0000-4000-8000-000000000000".
#
# The type defaults to user.logged_in {userId}: audit records every type, while a fake
# user.registered would also make wallet-service open a wallet per event (thousands of phantom
# wallets and a second consumer competing for the CPU). BENCH_AUDIT_EVENT_TYPE=user.registered
# sends the sign-up event instead (valid against event-schemas/user.registered.json).

AUDIT_TOPIC=identity.events
AUDIT_EVENT_TYPE="${BENCH_AUDIT_EVENT_TYPE:-user.logged_in}"
AUDIT_PREFIX="$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
AUDIT_FIFO=""
AUDIT_PRODUCER_PID=""

# Skips unless audit-service is ready and its table has the event_id column this bench counts by.
require_audit() {
  require_service audit
  [[ -n "$(psql_q "$APP_DB" "select 1 from information_schema.columns where table_schema = 'audit'
             and table_name = 'audit_logs' and column_name = 'event_id'")" ]] ||
    skip "audit.audit_logs with event_id not found in database $APP_DB"
}

# Prints producer lines "headers<TAB>key<TAB>value" (ConsoleProducer's format) for events first..first+count-1,
# with the headers the outbox relay puts on every event (content-type, and ce_type, by which the other services'
# consumers skip it).
audit_event_lines() { # first count time(ISO-8601) [id-group: 1000 measured, 0000 warm-up]
  awk -v p="$AUDIT_PREFIX" -v first="$1" -v n="$2" -v t="$3" -v g="${4:-1000}" -v type="$AUDIT_EVENT_TYPE" \
    -v run="$BENCH_RUN_ID" '
    BEGIN {
      for (i = first; i < first + n; i++) {
        id = sprintf("%s-%s-4000-8000-%012x", p, g, i)
        uid = sprintf("%s-2000-4000-8000-%012x", p, i)
        if (type == "user.registered")
          payload = sprintf("\"userId\":\"%s\",\"fullName\":\"Bench User %d\",\"role\":\"client\",\"emailVerified\":false", uid, i)
        else
          payload = sprintf("\"userId\":\"%s\"", uid)
        printf "content-type:application/cloudevents+json,ce_type:%s\t%s\t", type, uid
        printf "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"identity-service\",\"type\":\"%s\",", id, type
        printf "\"time\":\"%s\",\"subject\":\"%s\",\"datacontenttype\":\"application/json\",\"data\":{%s,", t, uid, payload
        printf "\"actorId\":\"%s\",\"actorRole\":\"client\",\"ip\":\"127.0.0.1\",\"userAgent\":\"samia-bench\",", uid
        printf "\"method\":\"POST\",\"path\":\"/api/v1/auth/bench\",\"requestId\":\"bench-%s\"}}\n", run
      }
    }'
}

iso_now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }

# Starts one producer JVM (tools/EventProducer.java) reading a FIFO that this shell keeps open on fd 7: the JVM
# starts (and is warmed by the first event) before the measured events are written, and closing fd 7 ends it.
# acks=all and a 5 ms linger, like a relay that batches.
audit_producer_start() {
  AUDIT_FIFO="$RUN_DIR/$SCENARIO.fifo"
  mkfifo "$AUDIT_FIFO"
  exec 7<>"$AUDIT_FIFO"
  kafka_java -Xms128m -Xmx384m -XX:+UseParallelGC "$BENCH_DIR/tools/EventProducer.java" \
    --bootstrap-server "$KAFKA_BOOTSTRAP" --topic "$AUDIT_TOPIC" \
    <"$AUDIT_FIFO" >"$RUN_DIR/$SCENARIO-producer.log" 2>&1 7>&- &
  AUDIT_PRODUCER_PID=$!
}

audit_producer_stop() {
  [[ -n $AUDIT_PRODUCER_PID ]] || return 0
  exec 7>&- # EOF: the producer flushes what it has and exits
  wait "$AUDIT_PRODUCER_PID" || log "EventProducer exited with $?: $(tail -n 2 "$RUN_DIR/$SCENARIO-producer.log")"
  AUDIT_PRODUCER_PID=""
}

audit_count() { # [id-group: 1000 measured (default), 0000 warm-up] -> rows of this run's events of that group
  local g=${1:-1000}
  psql_q "$APP_DB" "select count(*) from audit.audit_logs where event_id between
    '$AUDIT_PREFIX-$g-4000-8000-000000000000' and '$AUDIT_PREFIX-$g-4000-8000-ffffffffffff'"
}

# The warm-up event goes through producer, broker, consumer and database before anything is timed.
audit_warm_up() { # max-wait-seconds
  local i
  audit_event_lines 0 1 "$(iso_now)" 0000 >&7
  for ((i = 0; i < $1 * 5; i++)); do
    [[ $(audit_count 0000) == 1 ]] && return 0 # event 0, the only one of its group so far
    sleep 0.2
  done
  return 1
}

# `total` uncounted events (ids of the warm-up group 0000) in bursts of at most `burst`, each waited for until
# stored, so that what is measured next is the services' steady state. A "until two bursts agree" rule, as the wrk
# scenarios use, stops too early here: after a restart audit-service's JIT keeps compiling its ingest path (and the
# other consumers' skipping of it) for about a million events on 2 busy cores, and the rate climbs in plateaus:
# five 200k runs in a row measured 12.4k, 12.9k, 16.0k, 16.4k, 18.2k, then 22.0k and 21.8k events/s; 50k bursts
# 8.4k then 8.7k. Each burst's rate is logged; sets AUDIT_WARMUP_NOTE. Fails when a burst was not stored within
# max-wait-seconds.
audit_warm_up_events() { # total burst max-wait-seconds
  local total=$1 size sent=0 stored started rate="" deadline
  while ((sent < total)); do
    size=$((total - sent < $2 ? total - sent : $2))
    started=$(now) deadline=$((SECONDS + $3))
    audit_event_lines $((1 + sent)) "$size" "$(iso_now)" 0000 >&7
    sent=$((sent + size))
    while :; do
      stored="$(audit_count 0000)" # every burst so far and audit_warm_up's event 0
      ((stored >= sent + 1)) && break
      ((SECONDS < deadline)) || return 1
      sleep 0.2
    done
    rate="$(calc 'a / b' "$size" "$(calc 'a - b' "$(now)" "$started")")"
    log "$SCENARIO: warm-up: $sent of $total events stored, the last $size at $(printf '%.0f' "$rate") events/s"
  done
  AUDIT_WARMUP_NOTE="after $total uncounted events${rate:+ (the last at $(printf '%.0f' "$rate") events/s)}"
}

# Polls until `expected` rows are there or the count stops moving for `stall` seconds; prints the
# last count. Not an assertion: the caller reports whatever arrived.
audit_wait_rows() { # expected stall-seconds
  local count=0 last=-1 still=$(now)
  while :; do
    count="$(audit_count)"
    ((count >= $1)) && break
    if ((count != last)); then
      last=$count still=$(now)
    elif awk -v a="$(now)" -v b="$still" -v s="$2" 'BEGIN { exit !(a - b > s) }'; then
      break
    fi
    sleep 0.1
  done
  printf '%s\n' "$count"
}

# Writes `rate` events per second for `seconds`, in ticks of 100 ms, each event stamped with the
# time it was written: audit_logs.timestamp is that time, so the row's ingest time minus it is the
# Kafka -> audit row latency. The schedule is absolute (tick k at start + k/10 s), so a slow tick
# does not lower the rate.
audit_write_paced() { # rate seconds
  local per_tick=$(($1 / 10)) ticks=$(($2 * 10)) k start wait
  start=$(now)
  for ((k = 0; k < ticks; k++)); do
    audit_event_lines $((1 + k * per_tick)) "$per_tick" "$(iso_now)" >&7
    wait="$(calc 'a + b - c' "$start" "$(calc 'a / 10' $((k + 1)))" "$(now)")"
    # never more than one tick: a wrong clock reading must not stall the run
    awk -v w="$wait" 'BEGIN { exit !(w > 0 && w <= 0.1) }' && sleep "$wait"
  done
  AUDIT_PACED_SECONDS="$(calc 'a - b' "$(now)" "$start")"
  AUDIT_PACED_EVENTS=$((per_tick * ticks))
}

# "count p50_ms p99_ms" of ingest time minus event time over this run's measured rows. The ingest
# time is audit.ingested_events.ingested_at (the storing transaction's start, a few ms before
# its commit).
audit_latencies() {
  psql_q "$APP_DB" "select count(*), round(coalesce(percentile_cont(0.5) within group (order by ms), 0)::numeric, 2),
      round(coalesce(percentile_cont(0.99) within group (order by ms), 0)::numeric, 2)
    from (select extract(epoch from (i.ingested_at - a.timestamp)) * 1000 as ms
          from audit.audit_logs a join audit.ingested_events i on i.event_id = a.event_id
          where a.event_id between '$AUDIT_PREFIX-1000-4000-8000-000000000000'
                               and '$AUDIT_PREFIX-1000-4000-8000-ffffffffffff') x" | tr '|' ' '
}
