-- wrk script of `./bench http` (the bench script is a file, so the benchmarks' scripts live here, beside the JMH
-- sources in src/test/java/org/offeradvisor/bench; Maven ignores this folder).
--
-- Set by the environment, each wrk thread reading it on its own (every thread has a Lua state of its own):
--   BENCH_METHOD  GET or POST (default GET)
--   BENCH_BODY    a file sent as the body, as application/json (POST only)
--   BENCH_TOKEN   sent as Authorization: Bearer TOKEN when set
--   BENCH_CHECK   what response() checks on every answer:
--                   none         no response() at all: wrk then copies no answer into Lua, and counts the statuses
--                                over 399 itself (err_status); for the throughput figure, where a Lua call on every
--                                35 KB answer would take a share of the two cores the server is measured on
--                   status       (default) counts 200, 503 (and the 503s without Retry-After) and any other status
--                                (wrk's own error count takes only statuses over 399)
--                   fingerprint  also counts the 200s whose X-Rules-Fingerprint is neither BENCH_FP_A nor BENCH_FP_B
--                   timed        also times each request, from request() to response(), and keeps the times of the
--                                200s apart from the others': wrk's own latency figures mix them. Callbacks do not
--                                say which connection they serve, so each request carries an X-Request-Id of its
--                                own, which the server echoes, and the clock is LuaJIT's FFI to clock_gettime
-- done() prints one "bench KEY VALUE" line a figure, which the bench script reads; times in microseconds.

local check = os.getenv("BENCH_CHECK") or "status"

wrk.method = os.getenv("BENCH_METHOD") or "GET"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
local bodyFile = os.getenv("BENCH_BODY")
if bodyFile and bodyFile ~= "" then
  local f = assert(io.open(bodyFile, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

-- per thread (each its own Lua state); done() adds them up through the thread objects setup() kept
wrong, ok200, s503, s503bare, other = 0, 0, 0, 0, 0
firstWrong = ""

-- the times of the timed check, in microseconds: 200s, other statuses; and answers without our request id
times200, timesOther, untimed = {}, {}, 0

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

-- a header by name whatever its case (wrk gives the names as the server sent them)
local function header(headers, name)
  local v = headers[name]
  if v then return v end
  local lower = string.lower(name)
  for k, value in pairs(headers) do
    if string.lower(k) == lower then return value end
  end
  return nil
end

local started, sent = {}, 0
local nowUs
if check == "timed" then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *time);
  ]]
  local time = ffi.new("bench_timespec")
  nowUs = function()
    ffi.C.clock_gettime(1, time) -- CLOCK_MONOTONIC
    return tonumber(time.tv_sec) * 1e6 + tonumber(time.tv_nsec) / 1e3
  end
  -- the request as wrk.format() writes it, with the id's place left out: one concatenation a request
  local head, tail
  function request()
    if not head then
      wrk.headers["X-Request-Id"] = "\0"
      head, tail = string.match(wrk.format(), "^(.-)%z(.*)$")
    end
    sent = sent + 1
    local id = "bench-" .. sent
    started[id] = nowUs()
    return head .. id .. tail
  end
end

local a, b = os.getenv("BENCH_FP_A"), os.getenv("BENCH_FP_B")
function response(status, headers, body)
  if nowUs then
    local id = header(headers, "X-Request-Id")
    local t0 = id and started[id]
    if t0 then
      started[id] = nil
      local list = status == 200 and times200 or timesOther
      list[#list + 1] = nowUs() - t0
    else
      untimed = untimed + 1
    end
  end
  if status == 200 then
    ok200 = ok200 + 1
    if check == "fingerprint" then
      local fp = header(headers, "X-Rules-Fingerprint")
      if fp ~= a and fp ~= b then
        wrong = wrong + 1
        if firstWrong == "" then firstWrong = "fingerprint " .. tostring(fp) end
      end
    end
  elseif status == 503 then
    s503 = s503 + 1
    if not header(headers, "Retry-After") then s503bare = s503bare + 1 end
    if firstWrong == "" then firstWrong = "status 503" end
  else
    other = other + 1
    if firstWrong == "" then firstWrong = "status " .. status end
  end
end

function done(summary, latency, requests)
  local function out(key, value) io.write(string.format("bench %s %s\n", key, tostring(value))) end
  out("requests", summary.requests)
  out("duration_us", summary.duration)
  out("rps", string.format("%.1f", summary.requests / (summary.duration / 1e6)))
  out("p50_us", latency:percentile(50))
  out("p99_us", latency:percentile(99))
  out("max_us", latency.max)
  out("err_connect", summary.errors.connect)
  out("err_read", summary.errors.read)
  out("err_write", summary.errors.write)
  out("err_timeout", summary.errors.timeout)
  out("err_status", summary.errors.status) -- answers with a status over 399, counted by wrk itself
  local t = { wrong = 0, ok200 = 0, s503 = 0, s503bare = 0, other = 0 }
  local first = ""
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + (tonumber(thread:get(k)) or 0) end
    if first == "" then first = thread:get("firstWrong") or "" end
  end
  for k, v in pairs(t) do out("lua_" .. k, v) end
  if check == "timed" then
    local all200, allOther, none = {}, {}, 0
    for _, thread in ipairs(threads) do
      for _, v in ipairs(thread:get("times200") or {}) do all200[#all200 + 1] = v end
      for _, v in ipairs(thread:get("timesOther") or {}) do allOther[#allOther + 1] = v end
      none = none + (tonumber(thread:get("untimed")) or 0)
    end
    local function pct(list, p) -- the nearest-rank percentile
      if #list == 0 then return "-" end
      return string.format("%.0f", list[math.max(1, math.ceil(#list * p / 100))])
    end
    table.sort(all200)
    table.sort(allOther)
    out("timed_200", #all200)
    out("timed_200_p50_us", pct(all200, 50))
    out("timed_200_p99_us", pct(all200, 99))
    out("timed_200_max_us", pct(all200, 100))
    out("timed_other", #allOther)
    out("timed_other_p50_us", pct(allOther, 50))
    out("timed_other_p99_us", pct(allOther, 99))
    out("untimed", none)
  end
  out("first_wrong", first == "" and "-" or first)
end

if check == "none" then
  response = nil -- wrk skips its response callback, and the copy of each answer into Lua, when none is defined
end
