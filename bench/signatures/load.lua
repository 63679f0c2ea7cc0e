-- wrk script for bench/signatures: every request POSTs the same JSON signature, with an e-mail address
-- unique per request (run id, thread, sequence number). Run with as many threads as connections (one
-- connection per thread, no pipelining), so each answer belongs to the thread's last request: the
-- runner can then tell exactly which addresses were answered, lost, or still in flight at the stop.
--
-- Environment: BENCH_RUN (run id), BENCH_EXPECT (expected status), BENCH_OUT (JSON result file).

local run_id = os.getenv("BENCH_RUN") or "run"
local expected = tonumber(os.getenv("BENCH_EXPECT") or "200")
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

-- Main state: the threads, to read their counters in done().
local threads = {}
local next_tid = 1

function setup(thread)
   thread:set("tid", next_tid)
   next_tid = next_tid + 1
   table.insert(threads, thread)
end

-- Thread state.
sent = 0          -- requests written (sequence number of the last one)
answered = 0      -- answers read
awaiting = false  -- the last request has no answer yet
lost = {}         -- sequence numbers never answered (the connection broke and wrk reconnected)
unexpected = {}   -- "seq:status" for each answer that was not the expected status
statuses = {}     -- status -> count

function request()
   if awaiting then
      table.insert(lost, sent)
   end
   sent = sent + 1
   awaiting = true
   local email = string.format("%s-%d-%d@bench.example.org", run_id, tid, sent)
   local body = string.format(
      '{"last_name":"Martin","first_name":"Camille","profession":"educateur","commune":"Lille",'
         .. '"departement":"59","email":"%s","is_public":true,"consent":true}',
      email
   )
   return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
   awaiting = false
   answered = answered + 1
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
   if status ~= expected then
      table.insert(unexpected, string.format("%d:%d", sent, status))
   end
end

local function json_list(items, quote)
   local parts = {}
   for i, item in ipairs(items) do
      parts[i] = quote and string.format('"%s"', item) or tostring(item)
   end
   return "[" .. table.concat(parts, ",") .. "]"
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
   -- Quantiles fine enough to merge runs: every percent, then tenths and hundredths in the tail.
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
         '{"tid":%d,"sent":%d,"answered":%d,"awaiting":%s,"lost":%s,"unexpected":%s,"statuses":%s}',
         thread:get("tid"), thread:get("sent"), thread:get("answered"), tostring(thread:get("awaiting")),
         json_list(thread:get("lost"), false), json_list(thread:get("unexpected"), true),
         json_map(thread:get("statuses"))
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
