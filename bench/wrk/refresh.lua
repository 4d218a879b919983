-- Refresh-token rotation under load: every connection owns one session and
-- follows its own chain of refresh tokens (each one works exactly once).
-- Tokens come one per line from the file named by WRK_TOKENS; run with as
-- many threads as connections so each chain stays strictly sequential.
local counter = 0
local tokens = {}
for line in io.lines(os.getenv("WRK_TOKENS")) do
  table.insert(tokens, line)
end

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[counter])
end

function request()
  return wrk.format("POST", "/auth/refresh", {
    ["Authorization"] = "Bearer " .. token,
    ["X-Forwarded-Proto"] = "https",
  })
end

function response(status, headers, body)
  if status == 200 then
    token = string.match(body, '"refresh_token":%s*"([^"]+)"')
  end
end
