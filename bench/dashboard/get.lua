-- wrk script for bench/dashboard: GET one page over keep-alive connections and write the same JSON result
-- as bench/signatures/load.lua (fine quantiles, statuses per thread), so its runner's helpers read it.
--
-- Environment: BENCH_RUN (run id), BENCH_EXPECT (expected status), BENCH_OUT (JSON result file).

local run_id = os.getenv("BENCH_RUN") or "run"
local expected = tonumber(os.getenv("BENCH_EXPECT") or "200")

local threads = {}
local next_tid = 1

function setup(thread)
   thread:set("tid", next_tid)
   next_tid = next_tid + 1
   table.insert(threads, thread)
end

sent = 0
answered = 0
bytes = 0
unexpected = 0
statuses = {}

function request()
   sent = sent + 1
   return wrk.format("GET", nil, { ["Accept"] = "text/html" })
end

function response(status, headers, body)
   answered = answered + 1
   bytes = bytes + #body
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
   if status ~= expected then
      unexpected = unexpected + 1
   end
end

local function json_map(map)
   local parts = {}
   for key, value in pairs(map) do
      table.insert(parts, string.format('"%s":%d', key, value))
   end
   return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
   local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
   local quantiles = {}
   local points = {}
   for p = 1, 98 do table.insert(points, p) end
   for i = 1, 19 do table.insert(points, 98 + i / 10) end
   for i = 1, 9 do table.insert(points, 99.9 + i / 100) end
   table.insert(points, 100)
   for _, p in ipairs(points) do
      table.insert(quantiles, string.format("[%.2f,%d]", p, latency:percentile(p)))
   end
   local per_thread = {}
   for _, thread in ipairs(threads) do
      table.insert(per_thread, string.format(
         '{"tid":%d,"sent":%d,"answered":%d,"bytes":%d,"unexpected":%d,"statuses":%s}',
         thread:get("tid"), thread:get("sent"), thread:get("answered"), thread:get("bytes"),
         thread:get("unexpected"), json_map(thread:get("statuses"))
      ))
   end
   local errors = summary.errors
   out:write(string.format(
      '{"run":"%s","duration_us":%d,"requests":%d,"errors":{"connect":%d,"read":%d,"write":%d,'
         .. '"status":%d,"timeout":%d},"latency_us":{"min":%d,"max":%d,"mean":%.1f,"quantiles":[%s]},'
         .. '"threads":[%s]}\n',
      run_id, summary.duration, summary.requests, errors.connect, errors.read, errors.write,
      errors.status, errors.timeout, latency.min, latency.max, latency.mean,
      table.concat(quantiles, ","), table.concat(per_thread, ",")
   ))
   out:close()
end
