#!/usr/bin/env bash
# Benchmark, not a test: never run in CI. Measures POST /api/dose-checks against the trivial
# authenticated GET /api/sessions/current, from 32 clients on loopback, on a fresh SQLite clinic
# with 10 years of twice-daily doses (multiplier 1, ~110,000 rows) and 100 times that (~11,000,000).
#
#   docs/bench/dose-check-http.sh                       # 1x then 100x
#   MULTIPLIERS=1 docs/bench/dose-check-http.sh         # 1x only
#   CLIENT_ARGS="rounds=2 perPhase=2000" docs/bench/dose-check-http.sh
#
# Each run gets a temp dir (database, logs, server output), deleted afterwards unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
MULTIPLIERS=${MULTIPLIERS:-"1 100"}
YEARS=${YEARS:-10}
CLIENT_ARGS=${CLIENT_ARGS:-"clients=32 rounds=4 perPhase=5000 warmup=2000 patients=1-15 product=1"}
JAR=clinic-server/target/openhat-clinic.jar

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "== build"
mvn -q -B -DskipTests package   # also compiles the test classes, where the load client lives

for m in $MULTIPLIERS; do
  dir=$(mktemp -d -t openhat-bench.XXXXXX)
  export CLINIC_DB_FILE=$dir/clinic.db CLINIC_LOG_DIR=$dir/logs
  export CLINIC_PORT=$(free_port) CLINIC_ADMIN_PORT=$(free_port)
  echo "== multiplier $m: seeding $dir"
  java -jar "$JAR" seed-demo --without-history config/clinic.yml >"$dir/seed.log" 2>&1
  # History up to today; the server's clock starts at 08:30 tomorrow (MorningSessionClinic), so every
  # check runs inside the AM session with yesterday's AM and PM doses behind it, whatever the hour now.
  today=$(TZ=Europe/London date +%F); tomorrow=$(TZ=Europe/London date -d tomorrow +%F)
  java -jar "$JAR" seed-history --years "$YEARS" --multiplier "$m" --until "$today" config/clinic.yml 2>&1 \
      | grep '^History seeded'
  echo "database: $(du -h "$CLINIC_DB_FILE" | cut -f1)"

  java -Dbench.date="$tomorrow" -cp "$JAR:clinic-server/target/test-classes" \
      org.openhat.clinic.bench.MorningSessionClinic server config/clinic.yml >"$dir/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$CLINIC_ADMIN_PORT/healthcheck" >/dev/null 2>&1 && break
    sleep 1
  done
  echo "server up on 127.0.0.1:$CLINIC_PORT (pid $server); load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
  java -cp clinic-server/target/test-classes org.openhat.clinic.bench.DoseCheckHttpBenchmark \
      port="$CLINIC_PORT" $CLIENT_ARGS
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -c 'failed closed' "$dir/server.log" | sed 's/^/fail-closed dose checks in the server log: /' || true
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
  [ "${KEEP:-0}" = 1 ] && echo "kept $dir" || rm -rf "$dir"
done
