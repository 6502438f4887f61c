#!/usr/bin/env bash
# Benchmark, not a test: never run in CI. Issue 10: a register append through HTTP (a kiosk session
# with its witness signed in beside it, one request at a time on one kept-alive HTTP/1.1 connection,
# against the real application) against the same append through RegisterService, interleaved in
# rounds in one JVM on one SQLite file (target: http/service at most 1.5).
#
#   docs/bench/register-http.sh                  # 3 runs of 30 rounds x 200 of each
#   RUNS=5 ROUNDS=30 PER_ROUND=200 docs/bench/register-http.sh
#   JFR=1 docs/bench/register-http.sh            # also a flight recording per run, kept in /tmp
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
ROUNDS=${ROUNDS:-30}
PER_ROUND=${PER_ROUND:-200}

echo "== build"
mvn -q -B -pl clinic-server -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/bench.cp" -Dmdep.includeScope=test
CP=clinic-server/target/test-classes:clinic-server/target/classes:$(cat bench.cp)

echo "== $RUNS runs of $ROUNDS rounds x $PER_ROUND service appends, http appends and session GETs; $(nproc) cores"
for run in $(seq 1 "$RUNS"); do
  jfr=()
  if [ "${JFR:-0}" = 1 ]; then
    rec=$(mktemp -t register-http-XXXXXX.jfr)
    # Jetty and Jersey stacks are deeper than the default 64 frames.
    jfr=("-XX:FlightRecorderOptions:stackdepth=512" "-XX:StartFlightRecording=filename=$rec,settings=profile")
    echo "flight recording: $rec"
  fi
  echo "run $run, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java "${jfr[@]}" -cp "$CP" org.openhat.clinic.bench.RegisterAppendOverHttpBenchmark "$ROUNDS" "$PER_ROUND" \
      2>/dev/null | grep -E '^(round|medians)'
  echo "run $run, load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
