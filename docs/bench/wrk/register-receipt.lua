-- POST /api/register/ledgers/{BENCH_LEDGER}/receipts as a kiosk page sends it: the badge session's
-- cookie (BENCH_COOKIE) and X-OpenHAT-Screen, the witness signed in beside the session (no
-- secondSigner in the body), a one-ampoule receipt with an invoice number of its own each time.
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua"
require "report"
local path = "/api/register/ledgers/" .. os.getenv("BENCH_LEDGER") .. "/receipts"
local headers = { ["Cookie"] = "openhat_kiosk_session=" .. os.getenv("BENCH_COOKIE"),
  ["X-OpenHAT-Screen"] = "kiosk", ["Content-Type"] = "application/json" }
local template = '{"occurredAt":"%s","supplierName":"Alliance Healthcare (Distribution) Ltd",'
  .. '"supplierAddress":"Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX","ampoules":1,'
  .. '"invoiceRef":"WRK-%s-%d","batch":"%s","expiry":"2099-01-31","stationCode":"KIOSK-1"}'
local run = os.getenv("BENCH_RUN") or "0"
local counter = 0
local thread_id = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end
request = function()
  counter = counter + 1
  return wrk.format("POST", path, headers,
    string.format(template, os.date("!%Y-%m-%dT%H:%M:%SZ"), run .. "-" .. (id or 0), counter, os.getenv("BENCH_BATCH")))
end
done = report
