-- Money-moving POSTs of wallet-service, each with a fresh Idempotency-Key (a repeated key would be a replay,
-- which moves no money and must not be counted as a payment). Used by scenarios/wallet-deposits.sh and
-- scenarios/wallet-payments.sh:
--   BENCH_WALLET_PATH  the POST path (/api/v1/payments/deposits or /api/v1/payments/withdrawals)
--   BENCH_BODY         the JSON body (the same for every request; the key makes each one new)
--   BENCH_TOKENS       bearer tokens separated by spaces: requests rotate over them, so the load spreads over
--                      that many wallets instead of queueing on one wallet's row lock
-- Keys are unique across threads (thread number) and runs (BENCH_RUN_ID).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local path = os.getenv("BENCH_WALLET_PATH") or "/api/v1/payments/deposits"
local body = os.getenv("BENCH_BODY") or ""
local run_id = os.getenv("BENCH_RUN_ID") or "norun"
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "%S+") do
  tokens[#tokens + 1] = "Bearer " .. token
end
local counter = 0

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "samia-bench",
    ["Authorization"] = tokens[(counter + (thread_no or 0)) % #tokens + 1],
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run_id, thread_no or 0, counter),
  }
  return wrk.format("POST", path, headers, body)
end
