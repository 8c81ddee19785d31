-- POST /api/v1/rooms/{id}/messages (the URL's path) with a new text on every request, as BENCH_TOKEN.
-- Used by scenarios/chat-message-post.sh; the room is encrypted, so AES-GCM is part of every request.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local token = os.getenv("BENCH_TOKEN")
local run_id = os.getenv("BENCH_RUN_ID") or "norun"
local counter = 0

function request()
  counter = counter + 1
  local body = string.format('{"content":"bench message %s %d","messageType":"text"}', run_id, counter)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["User-Agent"] = "samia-bench",
  }, body)
end
