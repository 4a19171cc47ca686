-- wrk script for the hours bank booking benchmark (bench/run hours). Run with as many threads as connections
-- (-tN -cN): wrk's Lua state is per thread, so one connection per thread lets thread i book always for the
-- person on line i of the tokens file (cycling when there are fewer lines than threads: the single-person
-- variant has one line), with that person's own bearer token.
-- Arguments after --: tokens file (lines "<person id> <token>"), minutes, then the dates to book (YYYY-MM-DD).
-- Each request books the next date and the next start time (07:00 to 21:30 in steps of 30 minutes).
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  local lines = {}
  for line in io.lines(args[1]) do
    if line:match("%S") then table.insert(lines, line) end
  end
  local person, token = lines[(id % #lines) + 1]:match("^(%S+)%s+(%S+)$")
  path = "/api/people/" .. person .. "/bookings"
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  minutes = tonumber(args[2])
  dates = {}
  for i = 3, #args do table.insert(dates, args[i]) end
  n = id
end

function request()
  n = n + 1
  local date = dates[(n % #dates) + 1]
  local slot = n % 30
  local start = string.format("%02d:%02d", 7 + math.floor(slot / 2), (slot % 2) * 30)
  local body = string.format('{"date":"%s","startTime":"%s","minutes":%d}', date, start, minutes)
  return wrk.format("POST", path, headers, body)
end
