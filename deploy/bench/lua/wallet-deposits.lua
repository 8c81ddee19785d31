-- Money-moving POSTs of wallet-service, each with a fresh Idempotency-Key (a repeated key would be a replay,
-- which moves no money and must not be counted as a payment). Used by scenarios/wallet-deposits.sh and
-- scenarios/wallet-payments.sh:
--   BENCH_WALLET_PATH  the POST path (/api/v1/payments/deposits or /api/v1/payments/withdrawals)
--   BENCH_BODY         the JSON body (the same for every request; the key makes each one new)
--   BENCH_TOKENS       bearer tokens separated by spaces: each wrk thread takes its own share of them (token i
--                      goes to thread i mod threads) and rotates its requests over that share, so the load spreads
--                      over that many wallets instead of queueing on one wallet's row lock (when every thread
--                      rotated over all of them, the threads' counters moved in near lockstep and kept meeting on
--                      the same wallet)
-- Keys are unique across threads (thread number) and runs (BENCH_RUN_ID).
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_no", #threads)
  for _, t in ipairs(threads) do
    t:set("thread_count", #threads)
  end
end

local path = os.getenv("BENCH_WALLET_PATH") or "/api/v1/payments/deposits"
local body = os.getenv("BENCH_BODY") or ""
local run_id = os.getenv("BENCH_RUN_ID") or "norun"
local all_tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "%S+") do
  all_tokens[#all_tokens + 1] = "Bearer " .. token
end
local tokens = nil
local counter = 0

-- This thread's share; all of them when there are fewer tokens than threads.
local function own_tokens()
  local n, no, share = thread_count or 1, thread_no or 1, {}
  for i, token in ipairs(all_tokens) do
    if (i - 1) % n == no - 1 then
      share[#share + 1] = token
    end
  end
  if #share == 0 then
    share = all_tokens
  end
  return share
end

function request()
  tokens = tokens or own_tokens()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "samia-bench",
    ["Authorization"] = #tokens > 0 and tokens[counter % #tokens + 1] or nil,
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run_id, thread_no or 0, counter),
  }
  return wrk.format("POST", path, headers, body)
end
