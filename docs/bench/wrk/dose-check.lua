-- POST /api/dose-checks: 100 mg IV, AM, a clean assessment, on patients BENCH_PATIENTS (e.g. 1-15) in turn.
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua"
require "report"
local cookie = os.getenv("BENCH_COOKIE")
local product = tonumber(os.getenv("BENCH_PRODUCT") or "1")
local from, to = string.match(os.getenv("BENCH_PATIENTS") or "1-15", "(%d+)-(%d+)")
from, to = tonumber(from), tonumber(to)
local turn = 0
local headers = { ["Cookie"] = "openhat_session=" .. cookie, ["Content-Type"] = "application/json" }
local template = '{"patientId":%d,"doseMg":100,"productId":%d,"route":"IV","session":"AM","topUp":false,'
  .. '"assessment":{"sedationScore":0,"breathAlcoholMicrogramsPer100ml":0,"respiratoryRate":16,"spo2":98,'
  .. '"pupils":"NORMAL","drowsy":false,"concerns":"","coUseSuspected":false}}'
request = function()
  turn = turn + 1
  local patient = from + (turn % (to - from + 1))
  return wrk.format("POST", "/api/dose-checks", headers, string.format(template, patient, product))
end
done = report
