#!/usr/bin/env bash
# Benchmark, not a test: never run in CI. Issue 11's "speed the nurse feels": in headless Chromium,
# from a clinic card's last byte on the scanner's serial line (a socat pty) to the patient's card
# painted, and from pressing "Check dose" to the verdict painted (target: p99 under 100 ms each),
# at 1920x1080 and 1280x800 (KioskPaintLatency).
#
#   docs/bench/kiosk-paint.sh                         # 200 of each after 20 to warm up, both sizes
#   SIZES="1280x800" MEASURED=500 docs/bench/kiosk-paint.sh
#
# Needs chromium, chromium-driver and socat (apt-get install -y chromium chromium-driver socat).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"1920x1080 1280x800"}
MEASURED=${MEASURED:-200}
WARMUP=${WARMUP:-20}
for tool in /usr/bin/chromium /usr/bin/chromedriver socat; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y chromium chromium-driver socat)"; exit 2; }
done
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build"
  mvn -q -B -pl clinic-server -am -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile="$PWD/bench.cp" -Dmdep.includeScope=test
fi
CP=clinic-server/target/test-classes:clinic-server/target/classes:$(cat bench.cp)
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for size in $SIZES; do
  java -Duser.timezone=Europe/London -cp "$CP" org.openhat.clinic.bench.KioskPaintLatency \
      "${size%x*}" "${size#*x}" "$MEASURED" "$WARMUP" 2>/dev/null | grep -E '^(Kiosk|scan|Check|  \()'
done
