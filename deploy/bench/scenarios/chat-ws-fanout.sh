# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# WebSocket fan-out latency with 1,000 connected sockets (issue 7): tools/ChatFanout.java (JDK only) signs in
# BENCH_WS_USERS bench users, puts them in BENCH_WS_ROOMS encrypted group rooms, opens BENCH_WS_SOCKETS
# sockets on /ws/chat through the gateway (several per user: devices), then posts BENCH_WS_RATE messages/s
# for the run's duration. Latency = message.created frame on a socket - POST sent, over every receiving
# socket; rps = frames/s delivered. With the defaults each message reaches 500 sockets (25 participants x 20
# sockets): 10 posts/s are 5,000 frames/s.
#
# Goal p99 <= 250 ms: a chat line should appear on the other screens well inside the ~250 ms people take to
# notice a delay in conversation; the path is a write transaction + NOTIFY + one LISTEN connection + the
# gateway, on a 2-core machine that also runs the load tool, Postgres and Kafka.
#
# Rate limit: every sender stays far below chat-service's 30 messages per 10 s (posts rotate over all the
# participants: 10/s over 50 users is 0.2/s each), so nothing here needs an exemption.
#
# Side effects in database samia: BENCH_WS_USERS accounts ws-<run>-<n>@bench.samia.test, BENCH_WS_ROOMS group
# rooms named "fanout <run> <n>" and their messages. The tool runs on the same 2 cores as everything it measures.
BASELINE=none
GOAL_MAX_P99_MS=250

if [[ $SMOKE == true ]]; then
  WS_SOCKETS="${BENCH_WS_SOCKETS:-100}" WS_USERS="${BENCH_WS_USERS:-10}"
else
  WS_SOCKETS="${BENCH_WS_SOCKETS:-1000}" WS_USERS="${BENCH_WS_USERS:-50}"
fi
WS_ROOMS="${BENCH_WS_ROOMS:-2}" WS_RATE="${BENCH_WS_RATE:-10}"

setup() {
  require_service chat
  require_service identity
  local limit
  limit="$(ulimit -n)"
  [[ $limit == unlimited ]] || ((limit > WS_SOCKETS + 200)) ||
    skip "ulimit -n is $limit: the tool needs one descriptor per socket (raise it above $((WS_SOCKETS + 200)))"
}

measure() {
  local out="$RUN_DIR/$SCENARIO.out"
  java -Xms64m -Xmx384m -XX:+UseSerialGC "$BENCH_DIR/tools/ChatFanout.java" --gateway "$GATEWAY" \
    --sockets "$WS_SOCKETS" --users "$WS_USERS" --rooms "$WS_ROOMS" --rate "$WS_RATE" --seconds "$DURATION" \
    --run-id "$BENCH_RUN_ID" >"$out" 2>"$RUN_DIR/$SCENARIO.err" ||
    die "ChatFanout failed: $(tail -n 3 "$RUN_DIR/$SCENARIO.err" | tr '\n' ' ')"
  grep -q '^BENCH ' "$out" || die "ChatFanout printed no BENCH line: $(tail -n 3 "$RUN_DIR/$SCENARIO.err" | tr '\n' ' ')"
  cat "$RUN_DIR/$SCENARIO.err" >&2
  RPS="$(kv "$out" rps)" P50="$(kv "$out" p50_ms)" P99="$(kv "$out" p99_ms)"
  REQUESTS="$(kv "$out" requests)" ERRORS="$(kv "$out" missing)"
  NOTE="$(kv "$out" sockets) sockets, $WS_USERS users in $WS_ROOMS rooms, $(kv "$out" posts) posts at $(kv "$out" post_rate)/s ($(kv "$out" post_errors) failed), fan-out $(kv "$out" fanout), $(kv "$out" frames) frames, max $(kv "$out" max_ms) ms; frames/s"
}
