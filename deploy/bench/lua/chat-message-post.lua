-- wrk scenario: message POST throughput on one room (chat-service).
-- Usage: TOKEN="<access token of a participant>" ROOM="<room id>" \
--        wrk -t2 -c16 -d30s -s chat-service/bench/message-post.lua http://127.0.0.1:8083
-- The room should be encrypted (the default) so the AES-GCM cost is part of the measurement.
local token = os.getenv("TOKEN")
local room = os.getenv("ROOM")
local counter = 0

request = function()
  counter = counter + 1
  local body = '{"content":"bench message ' .. counter .. '","messageType":"text"}'
  return wrk.format("POST", "/api/v1/rooms/" .. room .. "/messages",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("message_post rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
