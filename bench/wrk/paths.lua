-- GET many paths in turn (WRK_PATHS: a file with one path a line), with WRK_TOKEN's
-- bearer token, as arrived over HTTPS through the trusted proxy (as behind nginx):
-- a list filtered by many houses, not one house the database has cached.
local token = os.getenv("WRK_TOKEN")
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
local headers = { ["X-Forwarded-Proto"] = "https", ["Authorization"] = "Bearer " .. token }
local next_path = 0

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], headers)
end
