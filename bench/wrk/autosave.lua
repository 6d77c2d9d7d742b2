-- P1: each connection is one educator saving one field of their own draft, again and again,
-- with the version the previous save answered as If-Match. Run with one thread per connection
-- (-t N -c N) so that each Lua state holds one client. Clients come from the file named by the
-- BENCH_CLIENTS environment variable: "token submission-id field-key version" per line.
local clients = {}
local next_client = 1

function setup(thread)
  if #clients == 0 then
    for line in io.lines(os.getenv("BENCH_CLIENTS")) do
      local token, id, key, version = line:match("^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)$")
      clients[#clients + 1] = { token = token, id = id, key = key, version = version }
    end
  end
  local c = clients[((next_client - 1) % #clients) + 1]
  next_client = next_client + 1
  thread:set("token", c.token)
  thread:set("path", "/api/submissions/" .. c.id .. "/fields/" .. c.key)
  thread:set("version", c.version)
end

local body
local saves = 0

function init(args)
  -- About 300 words, the size of one answer paragraph written in one go.
  local words = {}
  for i = 1, 300 do
    words[i] = ({ "family", "visit", "trust", "child", "school", "listened", "shared", "home" })[(i % 8) + 1]
  end
  body = '{"text": "' .. table.concat(words, " ") .. '"}'
end

function request()
  saves = saves + 1
  -- A changing tail, so every save really writes.
  local text = body:gsub('"}$', " " .. saves .. '"}')
  return wrk.format("PUT", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. version .. '"',
  }, text)
end

function response(status, headers, _)
  local tag = headers["ETag"] or headers["etag"]
  if tag then
    version = tag:match('(%d+)') or version
  end
end
