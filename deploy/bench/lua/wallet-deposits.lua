-- POST /api/v1/payments/deposits with a fresh Idempotency-Key per request (a real money-moving POST:
-- key claim, pending ledger row, sandbox intent, all in one transaction). Every 10th request repeats
-- the previous key with the same body, so replays are part of the load.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local token = os.getenv("BENCH_TOKEN")
local body = os.getenv("BENCH_BODY")
local counter = 0
local thread_id = tostring(math.random(1, 1e9))

request = function()
  counter = counter + 1
  local n = counter
  if n % 10 == 0 then n = n - 1 end
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. token
  headers["Idempotency-Key"] = "bench-" .. (os.getenv("BENCH_RUN_ID") or "x") .. "-" .. thread_id .. "-" .. n
  headers["User-Agent"] = "samia-bench"
  return wrk.format("POST", "/api/v1/payments/deposits", headers, body)
end
