-- One request shape for a whole run, from the environment:
--   WRK_METHOD (GET), WRK_BODY (none), WRK_TOKEN (no Authorization header)
-- Every request claims to have arrived over HTTPS through the trusted proxy,
-- as it would behind nginx.
local method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY")
local token = os.getenv("WRK_TOKEN")

wrk.method = method
wrk.headers["X-Forwarded-Proto"] = "https"
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
if token then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local non_2xx = 0
function response(status, headers, body)
  if status >= 300 then
    non_2xx = non_2xx + 1
  end
end
