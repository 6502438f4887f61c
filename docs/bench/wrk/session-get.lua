-- GET /api/sessions/current with the session cookie in BENCH_COOKIE (or none: the 401 phase).
package.path = package.path .. ";" .. (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua"
require "report"
local cookie = os.getenv("BENCH_COOKIE") or ""
if cookie ~= "" then
  wrk.headers["Cookie"] = "openhat_session=" .. cookie
end
wrk.method = "GET"
wrk.path = "/api/sessions/current"
done = report
