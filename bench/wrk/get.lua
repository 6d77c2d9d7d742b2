-- A GET of BENCH_PATH, with "Authorization: Bearer" and the token in BENCH_TOKEN when it is set.
-- Used for P9 (the cheapest authenticated endpoint, and a static asset as its ceiling) and for the
-- framework ceiling of P1.
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_PATH")
local headers = {}
if token and token ~= "" then
  headers["Authorization"] = "Bearer " .. token
end
headers["Accept-Encoding"] = "identity"

function request()
  return wrk.format("GET", path, headers)
end

-- wrk prints the 50th, 75th, 90th and 99th percentiles; P2's target is on the 95th.
function done(summary, latency, requests)
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
end
