#!/usr/bin/env bash
# Benchmark, not a test: never run in CI. The two register targets of issue 4, on this machine:
#   1. a durable append through RegisterService against the raw single-row commit of the same
#      SQLite file, interleaved in rounds in one JVM (target: at least 50%);
#   2. `register verify` of the jar, end to end, over a ledger of 1,000,000 entries against
#      `sha256sum` of the same canonical bytes (target: under 3x).
# and the one of issue 10, on the same ledger:
#   3. how long a kiosk's append waits while `register verify` walks it (target: at most 50 ms):
#      RegisterService.record every 20 ms on a kiosk thread, without and then during an in-process
#      verify, ROUNDS times (default 3).
#
#   docs/bench/register.sh                 # both, 3 runs each
#   RUNS=5 ENTRIES=1000000 docs/bench/register.sh
#   ONLY=appends-during-verify docs/bench/register.sh   # just the third (still writes the ledger)
#   DIR=/tmp/v1m KEEP=1 ...   # write the ledger there, or use the one already there (to compare two builds)
#
# The ledger, its canonical bytes (~1 GB together) and a clinic.yml go in a temp dir, deleted
# afterwards unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
ENTRIES=${ENTRIES:-1000000}
JAR=clinic-server/target/openhat-clinic.jar

echo "== build"
mvn -q -B -DskipTests package
mvn -q -B -pl clinic-server -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/bench.cp" -Dmdep.includeScope=test
CP=clinic-server/target/test-classes:clinic-server/target/classes:$(cat bench.cp)

ONLY=${ONLY:-}
if [ -z "$ONLY" ]; then
  echo "== append: $RUNS runs of 30 rounds x 200 raw commits and 200 appends"
  for _ in $(seq 1 "$RUNS"); do
    java -cp "$CP" org.openhat.clinic.bench.RegisterAppendBenchmark interleaved 30 200 2>/dev/null | tail -2
  done
fi

dir=${DIR:-$(mktemp -d -t openhat-verify.XXXXXX)}
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$dir"' EXIT
if [ -f "$dir/clinic.db" ]; then
  echo "== verify: using the ledger already in $dir"
else
  echo "== verify: writing $ENTRIES entries to $dir"
  java -cp "$CP" org.openhat.clinic.bench.RegisterVerifyBenchmark "$dir" "$ENTRIES" 2>/dev/null | grep -E '^(loaded|round)'
fi
if [ -z "$ONLY" ]; then
  for _ in $(seq 1 "$RUNS"); do
    s=$( { /usr/bin/time -f %e sha256sum "$dir/canonical.bin" >/dev/null; } 2>&1 )
    j=$( { /usr/bin/time -f %e java -jar "$JAR" register verify "$dir/clinic.yml" >/dev/null; } 2>&1 )
    python3 -c "print(f'sha256sum {float(\"$s\"):.2f} s, register verify (java -jar, end to end) {float(\"$j\"):.2f} s, ratio {float(\"$j\")/float(\"$s\"):.2f} (target < 3)')"
  done
fi

echo "== appends every 20 ms, without and during an in-process verify of the ledger ($RUNS rounds; target: max <= 50 ms)"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.openhat.clinic.bench.RegisterVerifyWithAppendsBenchmark "$dir" "$RUNS" 20 2>/dev/null | grep -E "^(warm-up|round|all)"
