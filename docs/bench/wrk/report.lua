-- Shared by the wrk scripts of docs/bench/http-floor.sh: one machine-readable line per run.
-- Latencies in milliseconds; "bad" counts answers that were not 2xx/3xx (expected for the 401 phase).
report = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.0f p50=%.3f p90=%.3f p99=%.3f max=%.3f bad=%d socket_errors=%d\n",
    summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
