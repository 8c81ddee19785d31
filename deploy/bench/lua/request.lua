-- One fixed request, described by environment variables so a scenario needs no Lua of its own:
--   BENCH_METHOD (default GET), BENCH_BODY (JSON, optional), BENCH_TOKEN (bearer, optional).
-- The request is built once per thread (no `request` hook), so wrk stays as fast as it can be.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

wrk.method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["User-Agent"] = "samia-bench"
