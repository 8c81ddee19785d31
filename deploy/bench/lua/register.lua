-- POST /api/v1/auth/register with a new email on every request: a repeated email would be a 409
-- and measure the duplicate check instead of the sign-up. Emails are unique across threads (thread
-- number) and across runs (BENCH_RUN_ID), and use a domain that marks them as bench accounts.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local run_id = os.getenv("BENCH_RUN_ID") or "norun"
local password = os.getenv("BENCH_PASSWORD") or "Bench-Password-2026!"
local counter = 0

function request()
  counter = counter + 1
  local email = string.format("reg-%s-%d-%d@bench.samia.test", run_id, thread_no or 0, counter)
  local body = string.format('{"email":"%s","password":"%s","fullName":"Bench User %d"}',
    email, password, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["User-Agent"] = "samia-bench"}, body)
end
