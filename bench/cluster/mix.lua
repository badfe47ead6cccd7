-- One kind of request for wrk (bench/cluster/run.sh starts one wrk per kind, side by side, for the mixed workload).
-- Environment: KIND (screening | read | write | extract | redress), TOKEN (bearer, for the signed-in kinds), OUT (folder for
-- the acknowledged ids and the 5xx times), PDF (a small PDF for the redress filing).
-- done() prints one JSON line: requests, seconds, p50/p99 (ms), answers by class, socket errors.
local kind = os.getenv("KIND")
local token = os.getenv("TOKEN") or ""
local out = os.getenv("OUT") or "/tmp"
local threads = {}
local boundary = "----fairnoticebench7d1e"

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  return data
end

function init(args)
  s2, s4, s429, s5 = 0, 0, 0, 0
  n = 0
  ids = io.open(string.format("%s/%s-ids-%d.txt", out, kind, tid), "a")
  fails = io.open(string.format("%s/%s-5xx-%d.txt", out, kind, tid), "a")
  if kind == "redress" then pdf = read_file(os.getenv("PDF")) end
  math.randomseed(os.time() + tid * 7919)
  run = tostring(os.time()) .. "-" .. tid .. "-" .. math.random(1, 1e9)
end

local names = { "Marc Dupont", "Ana Garcia", "Ivan Petrov", "Li Wei", "Mehmet Yilmaz", "John Smith", "Maria Silva", "Ahmed Hassan" }
local letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

-- A family name unique to this request, in letters only (names refuse digits).
local function unique_name()
  local s, k = "", n
  repeat
    local d = k % 26
    s = s .. letters:sub(d + 1, d + 1)
    k = math.floor(k / 26)
  until k == 0
  return "BENCH" .. s .. letters:sub(tid % 26 + 1, tid % 26 + 1)
end

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function file_part(name)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"; filename=\"" .. name .. ".pdf\"\r\n"
    .. "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n"
end

function request()
  n = n + 1
  local auth = { ["Authorization"] = "Bearer " .. token }
  if kind == "screening" then
    auth["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/screening", auth,
      string.format('{"name":"%s","purpose":"border check (bench)"}', names[n % #names + 1]))
  elseif kind == "read" then
    auth["X-Purpose"] = "bench: audited list"
    return wrk.format("GET", "/api/notices?scope=all&pageSize=20&page=" .. (n % 3 + 1), auth)
  elseif kind == "write" then
    auth["Content-Type"] = "application/json"
    auth["Idempotency-Key"] = run .. "-" .. n
    return wrk.format("POST", "/api/notices", auth, string.format(
      '{"colour":"Red","person":{"name":{"familyName":"%s","forenames":"Ana"},"sex":"F","dateOfBirth":"%d","nationalities":["FR"]},"case":{"summaryOfFacts":"Fraud in Lyon (bench draft).","charges":[]}}',
      unique_name(), 1950 + n % 40))
  elseif kind == "extract" then
    return wrk.format("GET", "/notices/v1/red?resultPerPage=20&page=" .. (n % 3 + 1), {})
  elseif kind == "redress" then
    local body = part("type", "Access") .. part("language", "en") .. part("familyName", unique_name()) .. part("forenames", "Applicant")
      .. part("contactEmail", "bench@example.org") .. part("statement", "I ask which data the files hold about me (bench).")
      .. file_part("identityDocument") .. file_part("signedStatement") .. "--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/api/redress", { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }, body)
  end
  error("unknown KIND " .. tostring(kind))
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    s2 = s2 + 1
    if kind == "write" then
      local id = body:match('"id"%s*:%s*"?([%w%-]+)"?')
      if id then ids:write(id, "\n"); ids:flush() end
    elseif kind == "redress" then
      local number = body:match('"number"%s*:%s*"([^"]+)"')
      if number then ids:write(number, "\n"); ids:flush() end
    end
  elseif status == 429 then
    s429 = s429 + 1
  elseif status >= 500 then
    s5 = s5 + 1
    fails:write(os.time(), " ", status, "\n"); fails:flush()
  else
    s4 = s4 + 1
  end
end

function done(summary, latency, requests)
  local a2, a4, a429, a5 = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a2 = a2 + t:get("s2"); a4 = a4 + t:get("s4"); a429 = a429 + t:get("s429"); a5 = a5 + t:get("s5")
  end
  local e = summary.errors
  io.write(string.format(
    '{"kind":"%s","requests":%d,"seconds":%.2f,"p50_ms":%.1f,"p99_ms":%.1f,"ok":%d,"client_errors":%d,"throttled":%d,"server_errors":%d,"socket_errors":%d}\n',
    kind, summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    a2, a4, a429, a5, e.connect + e.read + e.write + e.timeout))
end
