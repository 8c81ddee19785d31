#!/usr/bin/env bash
# SAMIA TAROT load benchmarks (DESIGN §6). One run measures this machine's own limits first
# (pgbench select-only and TPC-B-like on the same PostgreSQL, Kafka's ProducerPerformance on the
# same broker), then HTTP scenarios against the running local stack with wrk, and prints one table:
# each scenario's rps, p50, p99 and its ratio to a baseline of the same run. The numbers only mean
# something next to each other: the machine is small and shared.
#
#   deploy/bench/run.sh [--smoke] [scenario...]
#
#   --smoke      seconds instead of tens of seconds, tiny scales; starts the stack when it is down
#                (CI calls it after the tests)
#   scenario     names of deploy/bench/scenarios/<name>.sh (default: all of them)
#
# Needs the stack of deploy/local/stack.sh up (gateway 127.0.0.1:8080). Writes the table to stdout
# and to .data/bench/last-run.md and .data/bench/last-run.json. A scenario whose service or
# endpoint does not exist yet is skipped. Goals are informational: the exit code is non-zero only
# when something could not be measured (stack down, a baseline failing, requests failing).
#
# Environment overrides: BENCH_DURATION (s per measurement), BENCH_WARMUP (s per slice of uncounted load before
# each wrk measurement), BENCH_WARMUP_SLICES (most slices), BENCH_CONNECTIONS, BENCH_THREADS, BENCH_PG_SCALE, BENCH_KAFKA_RECORDS,
# BENCH_AUDIT_EVENTS, BENCH_AUDIT_WARMUP_EVENTS (uncounted events before audit-ingest's), BENCH_GATEWAY, BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_PG_PASSWORD (default $SAMIA_DB_ADMIN_PASSWORD or the local
# one), BENCH_APP_DB (default samia), BENCH_KAFKA_BOOTSTRAP.
#
# Writing a scenario: see deploy/bench/README.md (one small file in scenarios/).
set -euo pipefail

PATH="$PATH:/usr/sbin:/sbin"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/../.." && pwd)"
OUT_DIR="$REPO/.data/bench"
STACK="$REPO/deploy/local/stack.sh"
export BENCH_LUA_DIR="$BENCH_DIR/lua"

SMOKE=false
declare -a SELECTED=()
# The order of the table; any other scenario file follows in name order.
DEFAULT_ORDER=(health register cards login me me-under-login-flood audit-ingest audit-latency)

GATEWAY="${BENCH_GATEWAY:-http://127.0.0.1:8080}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-samia_admin}"
PG_PASSWORD="${BENCH_PG_PASSWORD:-${SAMIA_DB_ADMIN_PASSWORD:-samia_admin_local}}"
BENCH_DB=samia_bench # pgbench's own database; the platform's databases are never touched by pgbench
export APP_DB="${BENCH_APP_DB:-samia}" # the platform's database, read by audit-ingest only
KAFKA_BOOTSTRAP="${BENCH_KAFKA_BOOTSTRAP:-127.0.0.1:9092}"
KAFKA_LIBS="$REPO/.data/kafka/libs"
KAFKA_LOG4J="$REPO/deploy/local/kafka/log4j2.xml"
PERF_TOPIC=bench.perf
export CORES="$(nproc)"

RUN_ID="$(date -u +%H%M%S)$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
export BENCH_RUN_ID="$RUN_ID"
RUN_DIR="" # per-run scratch folder: results, wrk output, logs
STACK_START_FAILED=false

# ---------------------------------------------------------------------------------------------
# small helpers

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { # message [exit-code]
  printf '[bench] ERROR: %s\n' "$1" >&2
  exit "${2:-1}"
}
now() { date +%s.%N; }

# Floating-point arithmetic with awk: calc '<expression using a, b, c>' a b c. 15 significant
# digits, because epoch seconds with their fraction need 15 (%g's default 6 would round them).
calc() { awk -v a="$2" -v b="${3:-0}" -v c="${4:-0}" "BEGIN { printf \"%.15g\", $1 }"; }
# Prints a number or the JSON literal null, for jq --argjson.
num() { if [[ ${1:-} =~ ^-?[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$ ]]; then printf '%s' "$1"; else printf null; fi; }
# value of key=value in a line of "BENCH k=v k=v ..." output
kv() { sed -n "s/^BENCH.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" "$1" | tail -n 1; }

# apt-get only when the tool is missing; the machine is root and reaches Debian's packages.
ensure_tool() { # command package
  command -v "$1" >/dev/null && return 0
  [[ $EUID -eq 0 ]] || die "$1 is missing and installing it needs root (apt-get install $2)"
  log "installing $2 with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  command -v "$1" >/dev/null || die "apt-get install $2 did not provide $1"
}

# libpq reads these, so psql and pgbench take no credentials on the command line.
pgenv() { env PGPASSWORD="$PG_PASSWORD" PGHOST="$PG_HOST" PGPORT="$PG_PORT" PGUSER="$PG_USER" "$@"; }
psql_q() { pgenv psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; } # database sql

# Kafka's own tools from the broker's jar folder; WARN logging keeps their output parseable.
kafka_java() { # jvm-flags... main-class args...
  java -Dsamia.kafka.loglevel=WARN -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" "$@"
}

# Percent of the machine's CPU time that was idle over the next second, from /proc/stat.
cpu_idle_percent() {
  local a b
  a="$(head -n 1 /proc/stat)"
  sleep 1
  b="$(head -n 1 /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x); split(b, y)
    for (i = 2; i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%d", (total > 0 ? 100 * idle / total : 100) }'
}

# Waits at most max-seconds for a second in which the CPUs are >= 80 % idle: what a scenario measures in
# isolation must not share the machine with the backlog the scenario before it left (consumers catching up).
wait_for_idle_cpu() { # max-seconds
  local deadline=$((SECONDS + $1)) idle=0
  while ((SECONDS < deadline)); do
    idle="$(cpu_idle_percent)"
    ((idle >= 80)) && return 0
  done
  log "$SCENARIO: the machine stayed busy (${idle} % idle) for $1 s; measuring anyway"
}

http_code() { # url: the status code, 000 when nothing answers
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------
# results: one JSON object per line in $RUN_DIR/results.jsonl; the table is rendered from it

result_reset() {
  R_NAME="" R_KIND=scenario R_RPS="" R_P50="" R_P99="" R_BASELINE="" R_BASE_VALUE="" R_RATIO=""
  R_RATIO_UNIT="" R_GOAL="" R_STATUS="" R_NOTE="" R_REQUESTS="" R_ERRORS=""
}

result_write() {
  jq -nc --arg name "$R_NAME" --arg kind "$R_KIND" --argjson rps "$(num "$R_RPS")" \
    --argjson p50_ms "$(num "$R_P50")" --argjson p99_ms "$(num "$R_P99")" \
    --arg baseline "$R_BASELINE" --argjson baseline_value "$(num "$R_BASE_VALUE")" \
    --argjson ratio "$(num "$R_RATIO")" --arg ratio_unit "$R_RATIO_UNIT" --arg goal "$R_GOAL" \
    --arg status "$R_STATUS" --arg note "$R_NOTE" --argjson requests "$(num "$R_REQUESTS")" \
    --argjson errors "$(num "$R_ERRORS")" \
    '{name: $name, kind: $kind, rps: $rps, p50_ms: $p50_ms, p99_ms: $p99_ms, baseline: $baseline,
      baseline_value: $baseline_value, ratio: $ratio, ratio_unit: $ratio_unit, goal: $goal,
      status: $status, note: $note, requests: $requests, errors: $errors}' >>"$RUN_DIR/results.jsonl"
}

# Baselines (and measured scenarios, so one scenario can be another's baseline) as "key value" lines.
baseline_put() { printf '%s %s\n' "$1" "$2" >>"$RUN_DIR/baselines"; } # key value
baseline_get() { awk -v k="$1" '$1 == k { v = $2 } END { if (v != "") print v }' "$RUN_DIR/baselines" 2>/dev/null; }
baseline_label() { # key: the name shown in the table
  case $1 in
    pgbench_select) echo "pgbench -S" ;;
    pgbench_tpcb) echo "pgbench tpcb" ;;
    kafka_producer) echo "kafka producer" ;;
    cores) echo "cores ($CORES)" ;;
    none | "") echo "-" ;;
    *) echo "$1" ;;
  esac
}

# ---------------------------------------------------------------------------------------------
# preconditions

parse_args() {
  local arg
  for arg in "$@"; do
    case $arg in
      --smoke) SMOKE=true ;;
      -h | --help)
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
      -*) die "unknown option $arg (see --help)" 2 ;;
      *)
        [[ -f $BENCH_DIR/scenarios/$arg.sh ]] || die "no scenario $arg (files in $BENCH_DIR/scenarios)" 2
        SELECTED+=("$arg")
        ;;
    esac
  done
}

# Smoke keeps the whole run short enough for CI; a full run gives numbers worth comparing.
set_sizes() {
  if [[ $SMOKE == true ]]; then
    DURATION="${BENCH_DURATION:-3}" PG_SCALE="${BENCH_PG_SCALE:-1}" WARMUP="${BENCH_WARMUP:-1}"
    KAFKA_RECORDS="${BENCH_KAFKA_RECORDS:-20000}" AUDIT_EVENTS="${BENCH_AUDIT_EVENTS:-2000}"
    AUDIT_WARMUP_EVENTS="${BENCH_AUDIT_WARMUP_EVENTS:-200}"
  else
    DURATION="${BENCH_DURATION:-10}" PG_SCALE="${BENCH_PG_SCALE:-10}" WARMUP="${BENCH_WARMUP:-5}"
    WARMUP_SLICES="${BENCH_WARMUP_SLICES:-8}"
    # audit-ingest is compared with the producer baseline: the same number of records on both sides
    KAFKA_RECORDS="${BENCH_KAFKA_RECORDS:-200000}" AUDIT_EVENTS="${BENCH_AUDIT_EVENTS:-$KAFKA_RECORDS}"
    # audit-service's JIT needs about a million events to compile its ingest path (lib/audit.sh)
    AUDIT_WARMUP_EVENTS="${BENCH_AUDIT_WARMUP_EVENTS:-$((5 * AUDIT_EVENTS))}"
  fi
  CONNECTIONS="${BENCH_CONNECTIONS:-8}" THREADS="${BENCH_THREADS:-2}"
  export DURATION WARMUP WARMUP_SLICES CONNECTIONS THREADS AUDIT_EVENTS AUDIT_WARMUP_EVENTS SMOKE
}

# The gateway answering anything (even a 503 for a stopped service) means the stack is up.
gateway_up() { [[ $(http_code "$GATEWAY/health/identity") != 000 ]]; }

ensure_stack() {
  gateway_up && return 0
  if [[ $SMOKE != true ]]; then
    die "the local stack is not up (nothing answers on $GATEWAY): start it with deploy/local/stack.sh up" 2
  fi
  log "smoke: the stack is not up, starting it with deploy/local/stack.sh up"
  if ! "$STACK" up >"$RUN_DIR/stack-up.log" 2>&1; then
    tail -n 30 "$RUN_DIR/stack-up.log" >&2
    log "stack.sh up failed: baselines still run, scenarios of services that are not ready are skipped"
    STACK_START_FAILED=true
  fi
}

check_infra() {
  pgenv pg_isready -q -d postgres || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT (deploy/local/stack.sh infra)"
  psql_q postgres 'select 1' >/dev/null ||
    die "cannot log in to PostgreSQL as $PG_USER (set BENCH_PG_USER / BENCH_PG_PASSWORD)"
  [[ -f $KAFKA_LIBS/kafka-tools-4.1.2.jar || -n "$(compgen -G "$KAFKA_LIBS/kafka-tools-*.jar")" ]] ||
    die "Kafka tools jars are missing in $KAFKA_LIBS (deploy/local/stack.sh infra copies them)"
  (exec 3<>"/dev/tcp/${KAFKA_BOOTSTRAP%:*}/${KAFKA_BOOTSTRAP#*:}") 2>/dev/null ||
    die "Kafka does not answer on $KAFKA_BOOTSTRAP (deploy/local/stack.sh infra)"
}

# ---------------------------------------------------------------------------------------------
# baselines

# samia_bench belongs to the bench alone; it is (re)initialised only when its scale is too small,
# because pgbench -i -s 10 costs several seconds.
ensure_pgbench_db() {
  local exists scale
  [[ $BENCH_DB != samia && $BENCH_DB != samia_test ]] || die "refusing to run pgbench on $BENCH_DB"
  exists="$(psql_q postgres "select 1 from pg_database where datname = '$BENCH_DB'")"
  [[ $exists == 1 ]] || psql_q postgres "create database $BENCH_DB"
  scale=0
  if [[ -n "$(psql_q "$BENCH_DB" "select to_regclass('pgbench_branches')")" ]]; then
    scale="$(psql_q "$BENCH_DB" 'select count(*) from pgbench_branches')"
  fi
  if ((scale < PG_SCALE)); then
    log "pgbench: initialising $BENCH_DB at scale $PG_SCALE"
    pgenv pgbench -i -q -s "$PG_SCALE" "$BENCH_DB" >"$RUN_DIR/pgbench-init.log" 2>&1 ||
      die "pgbench -i failed: $(tail -n 5 "$RUN_DIR/pgbench-init.log")"
    scale=$PG_SCALE
  fi
  PG_SCALE_USED=$scale
}

# What a pgbench run with -l --log-prefix=log-prefix reported: sets PGB_TPS, PGB_TRANSACTIONS and PGB_FAILED from
# its summary in out-file, PGB_P50 and PGB_P99 from its per-transaction log (3rd column: latency in microseconds,
# sampled so the log stays small at tens of thousands of transactions per second), then removes that log.
pgbench_results() { # out-file log-prefix
  PGB_TPS="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$1")"
  PGB_TRANSACTIONS="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$1")"
  PGB_FAILED="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$1")"
  read -r PGB_P50 PGB_P99 < <(cat "$2".* 2>/dev/null | awk '{print $3}' | sort -n | awk '
    { v[NR] = $1 }
    END { if (NR == 0) { print "- -"; exit }
          i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
          i99 = int(NR * 0.99); if (i99 < 1) i99 = 1
          printf "%.3f %.3f\n", v[i50] / 1000, v[i99] / 1000 }')
  rm -f "$2".*
}

# -M prepared: the services' reactive client uses prepared statements too.
run_pgbench() { # key label extra-args...
  local key=$1 label=$2 out prefix
  shift 2
  out="$RUN_DIR/$key.out" prefix="$RUN_DIR/$key-log"
  log "baseline $label: pgbench -M prepared -c $CONNECTIONS -j $THREADS -T $DURATION $*"
  result_reset
  R_NAME="$label" R_KIND=baseline R_GOAL="-" R_BASELINE="-"
  if ! (cd "$RUN_DIR" && pgenv pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
    -l --sampling-rate=0.05 --log-prefix="$prefix" "$@" "$BENCH_DB") >"$out" 2>&1; then
    R_STATUS=error R_NOTE="pgbench failed: $(tail -n 3 "$out" | tr '\n' ' ')"
    result_write
    return 0
  fi
  pgbench_results "$out" "$prefix"
  R_RPS="$PGB_TPS" R_P50="$PGB_P50" R_P99="$PGB_P99" R_STATUS=measured R_REQUESTS="$PGB_TRANSACTIONS"
  R_NOTE="scale $PG_SCALE_USED, $CONNECTIONS clients, ${DURATION}s, tps"
  result_write
  baseline_put "$key.rps" "$PGB_TPS"
  baseline_put "$key.p99" "$PGB_P99"
}

baseline_pgbench() {
  ensure_pgbench_db
  run_pgbench pgbench_select "pgbench -S" -S
  run_pgbench pgbench_tpcb "pgbench tpcb"
}

# The producer's best case on this broker: acks=all like the outbox relay, 200-byte records.
baseline_kafka() {
  local out="$RUN_DIR/kafka-perf.out" line rps p50 p99
  log "baseline kafka producer: ProducerPerformance $KAFKA_RECORDS x 200 B acks=all -> $PERF_TOPIC"
  result_reset
  R_NAME="kafka producer" R_KIND=baseline R_GOAL="-" R_BASELINE="-"
  # The broker's data folder tells whether the topic exists without starting a JVM to ask. Short
  # retention: the topic only ever holds benchmark filler.
  if [[ ! -d $REPO/.data/kafka/data/$PERF_TOPIC-0 ]]; then
    kafka_java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC org.apache.kafka.tools.TopicCommand \
      --bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists --topic "$PERF_TOPIC" \
      --partitions 3 --replication-factor 1 --config retention.ms=3600000 \
      --config segment.bytes=16777216 >"$RUN_DIR/kafka-topic.out" 2>&1 || true
  fi
  if ! kafka_java -Xms256m -Xmx512m org.apache.kafka.tools.ProducerPerformance --topic "$PERF_TOPIC" \
    --num-records "$KAFKA_RECORDS" --record-size 200 --throughput -1 \
    --producer-props bootstrap.servers="$KAFKA_BOOTSTRAP" acks=all >"$out" 2>&1; then
    R_STATUS=error R_NOTE="ProducerPerformance failed: $(tail -n 3 "$out" | tr '\n' ' ')"
    result_write
    return 0
  fi
  # last summary line: "N records sent, X records/sec (..), A ms avg latency, M ms max latency,
  # P ms 50th, P ms 95th, P ms 99th, P ms 99.9th."
  line="$(grep 'records sent' "$out" | tail -n 1)"
  rps="$(sed -n 's/.* \([0-9.]*\) records\/sec.*/\1/p' <<<"$line")"
  p50="$(sed -n 's/.* \([0-9.]*\) ms 50th.*/\1/p' <<<"$line")"
  p99="$(sed -n 's/.* \([0-9.]*\) ms 99th.*/\1/p' <<<"$line")"
  if [[ -z $rps ]]; then
    R_STATUS=error R_NOTE="no summary line from ProducerPerformance"
    result_write
    return 0
  fi
  R_RPS="$rps" R_P50="$p50" R_P99="$p99" R_STATUS=measured R_REQUESTS="$KAFKA_RECORDS"
  R_NOTE="$KAFKA_RECORDS x 200 B, acks=all, records/s"
  result_write
  baseline_put kafka_producer.rps "$rps"
  baseline_put kafka_producer.p99 "$p99"
}

# ---------------------------------------------------------------------------------------------
# scenario API (used by scenarios/<name>.sh; see README.md)

# Marks the scenario skipped with a reason and ends its subshell.
skip() {
  result_reset
  R_NAME="$SCENARIO" R_STATUS=skipped R_NOTE="$*" R_BASELINE="$(baseline_label "$BASELINE")" R_GOAL="$(goal_text)"
  result_write
  log "$SCENARIO: skipped ($*)"
  exit 0
}

# Skips unless the service answers ready through the gateway.
require_service() { # service
  local code
  code="$(http_code "$GATEWAY/health/$1")"
  [[ $code == 200 ]] || skip "$1-service not ready (GET /health/$1 -> $code)"
}

# One request with curl: sets HTTP_CODE and HTTP_BODY. Used by setups, never for measuring.
http() { # method path [json-body] [bearer-token]
  local -a args=(-s -o "$RUN_DIR/http-body" -w '%{http_code}' --max-time 30 -X "$1" -H 'User-Agent: samia-bench')
  [[ -n ${3:-} ]] && args+=(-H 'Content-Type: application/json' --data "$3")
  [[ -n ${4:-} ]] && args+=(-H "Authorization: Bearer $4")
  HTTP_CODE="$(curl "${args[@]}" "$GATEWAY$2" 2>/dev/null || true)"
  HTTP_BODY="$(cat "$RUN_DIR/http-body" 2>/dev/null || true)"
}

# Skips when the route does not exist yet (404/405/501) or its service is down (502/503/504).
require_endpoint() { # method path [json-body] [bearer-token]
  http "$@"
  case $HTTP_CODE in
    404 | 405 | 501) skip "endpoint unavailable ($1 $2 -> $HTTP_CODE)" ;;
    000 | 502 | 503 | 504) skip "service unavailable ($1 $2 -> $HTTP_CODE)" ;;
  esac
}

# Runs wrk against the gateway and sets RPS P50 P99 REQUESTS ERRORS from report.lua's line.
# Environment for the Lua scripts (BENCH_METHOD, BENCH_BODY, BENCH_TOKEN...) is exported by the caller.
# The same load runs first, uncounted, in slices of WARMUP seconds until the throughput of a slice is within 10 % of
# the one before (at most WARMUP_SLICES slices; one in smoke runs): the JVMs compile their hot paths then, so a
# service restarted just before the run is measured as it runs, not as it starts. On 2 busy cores C2 needed
# 30-50 s of load for tarot's read path after a restart (168 -> 1,326 -> 4,351 -> 5,010 rps in successive 10 s
# runs), which one fixed 5 s warm-up left in the measurement.
wrk_measure() { # path [lua-script] [connections] [threads] [duration] [output-file]
  local path=$1 lua=${2:-request.lua} c=${3:-$CONNECTIONS} t=${4:-$THREADS} d=${5:-$DURATION}
  local out=${6:-$RUN_DIR/$SCENARIO.wrk} slice=0 rps last=""
  ((t <= c)) || t=$c
  while ((${WARMUP:-0} > 0 && slice < ${WARMUP_SLICES:-1})); do
    slice=$((slice + 1))
    # its own run id: scripts that make every request unique (emails, Idempotency-Keys) stay unique
    BENCH_RUN_ID="$BENCH_RUN_ID-warmup$slice" \
      wrk -t "$t" -c "$c" -d "${WARMUP}s" --timeout 10s -s "$BENCH_LUA_DIR/$lua" "$GATEWAY$path" >"$out.warmup" 2>&1 ||
      die "wrk warm-up failed: $(tail -n 3 "$out.warmup" | tr '\n' ' ')"
    rps="$(kv "$out.warmup" rps 2>/dev/null || true)"
    [[ -n $rps ]] || break
    if [[ -n $last ]] && awk -v a="$rps" -v b="$last" 'BEGIN { exit !(a <= b * 1.1) }'; then
      break
    fi
    last=$rps
  done
  ((slice == 0)) || log "$SCENARIO: warm-up $slice x ${WARMUP}s, last slice ${rps:-?} rps"
  wrk -t "$t" -c "$c" -d "${d}s" --timeout 10s -s "$BENCH_LUA_DIR/$lua" "$GATEWAY$path" >"$out" 2>&1 ||
    die "wrk failed: $(tail -n 3 "$out" | tr '\n' ' ')"
  wrk_parse "$out"
}

wrk_parse() { # wrk-output-file: sets RPS P50 P99 REQUESTS ERRORS
  grep -q '^BENCH ' "$1" || die "wrk printed no BENCH line: $(tail -n 3 "$1" | tr '\n' ' ')"
  RPS="$(kv "$1" rps)" P50="$(kv "$1" p50_ms)" P99="$(kv "$1" p99_ms)" REQUESTS="$(kv "$1" requests)"
  ERRORS=$(($(kv "$1" non2xx) + $(kv "$1" connect) + $(kv "$1" read) + $(kv "$1" write) + $(kv "$1" timeout)))
}

goal_text() {
  local -a parts=()
  [[ -n ${GOAL_MIN_RATIO:-} ]] && parts+=(">=${GOAL_MIN_RATIO}x")
  [[ -n ${GOAL_MAX_RATIO:-} ]] && parts+=("<=${GOAL_MAX_RATIO}x")
  [[ -n ${GOAL_MAX_P99_MS:-} ]] && parts+=("p99<=${GOAL_MAX_P99_MS}ms")
  if ((${#parts[@]})); then
    local IFS=' '
    printf '%s' "${parts[*]}"
  else
    printf report
  fi
}

# Ratio to the baseline and the goal's verdict, from RPS/P99 the measurement left behind.
evaluate() {
  local base metric=${RATIO_OF:-rps} value verdict=reported
  R_BASELINE="$(baseline_label "$BASELINE")" R_GOAL="$(goal_text)"
  if [[ $BASELINE == cores ]]; then
    R_BASE_VALUE=$CORES R_RATIO="$(calc 'a / b' "$RPS" "$CORES")" R_RATIO_UNIT="rps/core"
  elif [[ -n $BASELINE && $BASELINE != none ]]; then
    base="$(baseline_get "$BASELINE.$metric")"
    value=$RPS
    [[ $metric == p99 ]] && value=$P99
    if [[ -n $base ]] && awk -v b="$base" 'BEGIN { exit !(b > 0) }'; then
      R_BASE_VALUE=$base R_RATIO="$(calc 'a / b' "$value" "$base")" R_RATIO_UNIT="$metric"
    else
      R_NOTE="${R_NOTE:+$R_NOTE; }baseline $BASELINE.$metric not measured in this run"
    fi
  fi
  if [[ -n ${GOAL_MIN_RATIO:-}${GOAL_MAX_RATIO:-}${GOAL_MAX_P99_MS:-} ]]; then
    verdict=pass
    if [[ -n ${GOAL_MIN_RATIO:-} ]]; then
      [[ -n $R_RATIO ]] && awk -v r="$R_RATIO" -v g="$GOAL_MIN_RATIO" 'BEGIN { exit !(r >= g) }' || verdict="below goal"
    fi
    if [[ -n ${GOAL_MAX_RATIO:-} ]]; then
      [[ -n $R_RATIO ]] && awk -v r="$R_RATIO" -v g="$GOAL_MAX_RATIO" 'BEGIN { exit !(r <= g) }' || verdict="below goal"
    fi
    if [[ -n ${GOAL_MAX_P99_MS:-} ]]; then
      awk -v p="${P99:-1e9}" -v g="$GOAL_MAX_P99_MS" 'BEGIN { exit !(p <= g) }' || verdict="below goal"
    fi
  fi
  R_STATUS=$verdict
}

# Default measurement: wrk on WRK_PATH with WRK_LUA (request.lua: one fixed request).
measure() { wrk_measure "$WRK_PATH" "${WRK_LUA:-request.lua}"; }
setup() { :; }
teardown() { :; }

# Runs one scenario file in a subshell, so its variables and functions never leak into the next.
run_scenario() { # name
  local name=$1 rc=0
  log "scenario $name"
  (
    SCENARIO=$name BASELINE=none RATIO_OF=rps GOAL_MIN_RATIO="" GOAL_MAX_RATIO="" GOAL_MAX_P99_MS=""
    WRK_PATH="" WRK_LUA=request.lua NOTE=""
    RPS="" P50="" P99="" REQUESTS="" ERRORS=0
    # shellcheck source=/dev/null
    source "$BENCH_DIR/scenarios/$name.sh"
    setup
    trap teardown EXIT
    measure
    result_reset
    R_NAME=$name R_RPS=$RPS R_P50=$P50 R_P99=$P99 R_REQUESTS=$REQUESTS R_ERRORS=$ERRORS R_NOTE=$NOTE
    evaluate
    # More than 1 % failed requests is not a slow service but a broken one: that is an error.
    if [[ -z $REQUESTS || $REQUESTS == 0 ]]; then
      R_STATUS=error R_NOTE="${R_NOTE:+$R_NOTE; }no request completed within the ${DURATION}s measurement"
    elif ((ERRORS * 100 > REQUESTS)); then
      R_STATUS=error R_NOTE="${R_NOTE:+$R_NOTE; }$ERRORS of ${REQUESTS:-0} requests failed (status >= 400 or socket errors)"
    elif ((ERRORS > 0)); then
      R_NOTE="${R_NOTE:+$R_NOTE; }$ERRORS of $REQUESTS requests failed"
    fi
    if ((ERRORS > 0)) && [[ $WRK_LUA == request.lua && -n $WRK_PATH ]]; then
      # wrk counts failures but does not say which: one replay with curl shows a status
      http "${BENCH_METHOD:-GET}" "$WRK_PATH" "${BENCH_BODY:-}" "${BENCH_TOKEN:-}"
      R_NOTE="$R_NOTE (a replayed request got $HTTP_CODE)"
    fi
    result_write
    baseline_put "$name.rps" "$RPS"
    baseline_put "$name.p99" "$P99"
  ) 2>"$RUN_DIR/$name.log" || rc=$?
  cat "$RUN_DIR/$name.log" >&2
  if ((rc != 0)); then
    result_reset
    R_NAME=$name R_STATUS=error R_NOTE="scenario exited with $rc: $(grep -v '^\[bench' "$RUN_DIR/$name.log" | tail -n 2 | tr '\n' ' ')"
    result_write
  fi
}

scenario_list() {
  local name file
  local -A seen=()
  if ((${#SELECTED[@]})); then
    printf '%s\n' "${SELECTED[@]}"
    return 0
  fi
  for name in "${DEFAULT_ORDER[@]}"; do
    [[ -f $BENCH_DIR/scenarios/$name.sh ]] && { printf '%s\n' "$name"; seen[$name]=1; }
  done
  for file in "$BENCH_DIR"/scenarios/*.sh; do
    name="$(basename "$file" .sh)"
    [[ -n ${seen[$name]:-} ]] || printf '%s\n' "$name"
  done
}

# ---------------------------------------------------------------------------------------------
# output

fmt() { # number decimals: "-" when absent
  if [[ -z ${1:-} || $1 == null ]]; then printf -- '-'; else printf "%.${2}f" "$1"; fi
}

# Rows from the results, fields separated by \x1f (a tab would let `read` merge empty fields):
# name rps p50 p99 baseline ratio ratio-unit goal result
table_rows() {
  jq -r '[.name, (.rps // ""), (.p50_ms // ""), (.p99_ms // ""), (.baseline // "-"),
          (.ratio // ""), .ratio_unit, (.goal // "-"),
          (if .status == "skipped" or .status == "error" then .status + ": " + .note else .status end)]
         | map(tostring) | join("\u001f")' "$RUN_DIR/results.jsonl"
}

ratio_text() { # ratio unit
  [[ -n ${1:-} ]] || { printf -- '-'; return; }
  case $2 in
    rps/core) printf '%s/core' "$(fmt "$1" 1)" ;;
    p99) printf '%.3gx p99' "$1" ;;
    *) printf '%.4gx' "$1" ;; # 4 significant digits: 0.1997 must not read as 0.2
  esac
}

print_table() {
  local name rps p50 p99 baseline ratio unit goal result
  printf '%-22s %10s %9s %9s %-15s %12s %-13s %s\n' scenario rps p50_ms p99_ms baseline ratio goal result
  while IFS=$'\x1f' read -r name rps p50 p99 baseline ratio unit goal result; do
    printf '%-22s %10s %9s %9s %-15s %12s %-13s %s\n' "$name" "$(fmt "$rps" 1)" "$(fmt "$p50" 2)" \
      "$(fmt "$p99" 2)" "$baseline" "$(ratio_text "$ratio" "$unit")" "$goal" "$result"
  done < <(table_rows)
}

write_markdown() {
  local name rps p50 p99 baseline ratio unit goal result
  {
    printf '# Bench run %s (%s)\n\n' "$RUN_ID" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    printf 'Mode: %s; %s cores; load average at start: %s; wrk -t%s -c%s -d%ss after a warm-up in %ss slices until steady (at most %s); pgbench scale %s.\n\n' \
      "$([[ $SMOKE == true ]] && echo smoke || echo full)" "$CORES" "$LOADAVG" "$THREADS" "$CONNECTIONS" \
      "$DURATION" "$WARMUP" "${WARMUP_SLICES:-1}" "${PG_SCALE_USED:-?}"
    printf '| scenario | rps | p50 ms | p99 ms | baseline | ratio | goal | result |\n'
    printf '|---|---:|---:|---:|---|---:|---|---|\n'
    while IFS=$'\x1f' read -r name rps p50 p99 baseline ratio unit goal result; do
      printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$(fmt "$rps" 1)" "$(fmt "$p50" 2)" \
        "$(fmt "$p99" 2)" "$baseline" "$(ratio_text "$ratio" "$unit")" "$goal" "${result//|/\\|}"
    done < <(table_rows)
    printf '\nNotes:\n\n'
    jq -r 'select(.note != "" and .status != "skipped" and .status != "error") | "- \(.name): \(.note)"' "$RUN_DIR/results.jsonl"
  } >"$OUT_DIR/last-run.md"
}

write_json() {
  jq -s --arg run "$RUN_ID" --arg at "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg mode "$([[ $SMOKE == true ]] && echo smoke || echo full)" \
    --argjson cores "$CORES" --arg load "$LOADAVG" --argjson duration "$DURATION" \
    --argjson connections "$CONNECTIONS" --argjson threads "$THREADS" --argjson scale "$(num "${PG_SCALE_USED:-}")" \
    '{run: $run, at: $at, mode: $mode, cores: $cores, loadavg: $load, duration_s: $duration,
      connections: $connections, threads: $threads, pgbench_scale: $scale, results: .}' \
    "$RUN_DIR/results.jsonl" >"$OUT_DIR/last-run.json"
}

# ---------------------------------------------------------------------------------------------

cleanup() { [[ -n $RUN_DIR && -d $RUN_DIR ]] && rm -rf "$RUN_DIR"; }

main() {
  parse_args "$@"
  set_sizes
  ensure_tool jq jq
  ensure_tool wrk wrk
  ensure_tool pgbench postgresql-15 # Debian ships pgbench with the server package
  mkdir -p "$OUT_DIR"
  RUN_DIR="$(mktemp -d "$OUT_DIR/run.XXXXXX")"
  export RUN_DIR
  trap cleanup EXIT
  : >"$RUN_DIR/results.jsonl"
  : >"$RUN_DIR/baselines"
  LOADAVG="$(cut -d ' ' -f 1-3 /proc/loadavg)"
  local started=$SECONDS name

  ensure_stack
  check_infra
  log "run $RUN_ID ($([[ $SMOKE == true ]] && echo smoke || echo full)): ${DURATION}s per measurement, load average $LOADAVG"
  baseline_pgbench
  baseline_kafka
  while IFS= read -r name; do run_scenario "$name"; done < <(scenario_list)

  echo
  print_table
  write_markdown
  write_json
  printf '\n%s cores, load average at start %s, %d s in all. Also in %s/last-run.md and last-run.json\n' \
    "$CORES" "$LOADAVG" "$((SECONDS - started))" "${OUT_DIR#"$REPO"/}"
  if jq -e -s 'any(.status == "error")' "$RUN_DIR/results.jsonl" >/dev/null; then
    log "some measurements ended in errors (see the result column)"
    exit 1
  fi
  [[ $STACK_START_FAILED == false ]] || exit 1
}

# Sourcing the file (to try one function) defines everything and runs nothing.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
