# shellcheck shell=bash disable=SC2034  # the variables are read by run.sh
# POST /api/v1/rooms/{id}/messages into one encrypted direct room (issue 7: report message POST rps):
# JWT, RLS transaction (room check, insert, room's last_activity, outbox row), AES-256-GCM and the NOTIFY
# that feeds the sockets. Baseline pgbench TPC-B: a post is a small write transaction (an insert and
# updates committed together), so the write baseline is the fair one; pgbench -S would compare it with
# a one-row read.
#
# chat-service refuses more than 30 messages per 10 s from one sender (samia.chat.messages.rate-limit.*)
# and exempts staff (admin, super_admin). wrk posts hundreds per second, far beyond what any number of
# registered bench users could stay under, so the sender is the local bootstrap super_admin (README;
# SAMIA_BOOTSTRAP_ADMIN_EMAIL/PASSWORD override it) in a room with the run's bench user: the same code
# path as a client's post (participant check, no support-room shortcut), minus the limit's refusal.
# All posts go to one room, so they also queue on that room's row (last_activity): the hot-room worst case.
# Side effects in database samia: one direct room per run and every posted message.
WRK_PATH=/api/v1/rooms/placeholder/messages
WRK_LUA=chat-message-post.lua
BASELINE=pgbench_tpcb

setup() {
  local admin_email="${SAMIA_BOOTSTRAP_ADMIN_EMAIL:-admin@samia.local}"
  local admin_password="${SAMIA_BOOTSTRAP_ADMIN_PASSWORD:-ChangeMe-Local-Only-2026}"
  local user_id room
  require_service chat
  source "$BENCH_DIR/lib/identity.sh"
  bench_token
  http GET /api/v1/users/me "" "$BENCH_TOKEN"
  user_id="$(jq -r '.id // empty' <<<"$HTTP_BODY" 2>/dev/null || true)"
  [[ -n $user_id ]] || skip "GET /api/v1/users/me of the bench user -> $HTTP_CODE"
  http POST /api/v1/auth/login "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}"
  [[ $HTTP_CODE == 200 ]] || skip "login of the bootstrap admin $admin_email -> $HTTP_CODE (set SAMIA_BOOTSTRAP_ADMIN_*)"
  BENCH_TOKEN="$(jq -r '.accessToken // empty' <<<"$HTTP_BODY")"
  require_endpoint POST /api/v1/rooms "{\"roomType\":\"direct\",\"isEncrypted\":true,\"participantIds\":[\"$user_id\"]}" "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 || $HTTP_CODE == 200 ]] || skip "cannot create the bench room (POST /api/v1/rooms -> $HTTP_CODE)"
  room="$(jq -r .id <<<"$HTTP_BODY")"
  WRK_PATH="/api/v1/rooms/$room/messages"
  require_endpoint POST "$WRK_PATH" '{"content":"bench warm-up","messageType":"text"}' "$BENCH_TOKEN"
  [[ $HTTP_CODE == 201 ]] || skip "POST $WRK_PATH -> $HTTP_CODE"
  export BENCH_TOKEN
  NOTE="encrypted direct room, one sender (staff: not rate-limited)"
}
