#!/usr/bin/env bash
# Benchmark, not a test: never run in CI. Issue 10's "every request near the floor", measured with
# wrk on loopback against one server, every side of every ratio in the same run:
#   401      GET /api/sessions/current with no session (the floor: HTTP, routing, the auth filter)
#   GET      GET /api/sessions/current signed in (the session look-up)
#   CHECK    POST /api/dose-checks signed in (look-up + the patient's record + the engine)
# at 32 connections (and 1 connection for the per-request floor), in ROUNDS rounds that take the
# three in turn, on a fresh SQLite clinic with 10 years of twice-daily doses (multiplier 1) and
# 100x that, each with every heap in HEAPS (the JVM's default, a quarter of the machine, and 256 MB).
#
#   docs/bench/http-floor.sh                                  # 1x and 100x, default heap and 256m
#   MULTIPLIERS=1 HEAPS="default" ROUNDS=2 SECONDS_EACH=10 docs/bench/http-floor.sh
#   SKIP_BUILD=1 CACHE=/tmp/openhat-bench docs/bench/http-floor.sh   # reuse seeded databases
#
# Needs wrk (apt-get install wrk). Seeded databases are kept in CACHE (default: a temp dir deleted
# at the end) under the date they were seeded for; the 100x one takes ~4 minutes and ~2 GB.
set -euo pipefail
cd "$(dirname "$0")/../.."
MULTIPLIERS=${MULTIPLIERS:-"1 100"}
HEAPS=${HEAPS:-"default 256m"}
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-15}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP_EACH=${WARMUP_EACH:-15}
YEARS=${YEARS:-10}
JAR=clinic-server/target/openhat-clinic.jar
export BENCH_WRK_DIR=$PWD/docs/bench/wrk
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build"
  mvn -q -B -DskipTests package   # also compiles the test classes, where MorningSessionClinic lives
fi
if [ -z "${CACHE:-}" ]; then
  CACHE=$(mktemp -d -t openhat-bench.XXXXXX)
  REMOVE_CACHE=1
fi
mkdir -p "$CACHE"
today=$(TZ=Europe/London date +%F); tomorrow=$(TZ=Europe/London date -d tomorrow +%F)

seeded() {   # prints the path of a database seeded with multiplier $1 up to today
  local db=$CACHE/history-$1x-$today.db
  if [ ! -f "$db" ]; then
    echo "== seeding multiplier $1 into $db" >&2
    CLINIC_DB_FILE=$db.tmp CLINIC_LOG_DIR=$CACHE/logs CLINIC_CHECKPOINT_DIR=$CACHE/checkpoints java -jar "$JAR" seed-demo --without-history config/clinic.yml >"$CACHE/seed.log" 2>&1
    CLINIC_DB_FILE=$db.tmp CLINIC_LOG_DIR=$CACHE/logs CLINIC_CHECKPOINT_DIR=$CACHE/checkpoints java -jar "$JAR" seed-history --years "$YEARS" \
        --multiplier "$1" --until "$today" config/clinic.yml 2>&1 | grep '^History seeded' >&2
    mv "$db.tmp" "$db"; rm -f "$db.tmp-wal" "$db.tmp-shm"
  fi
  echo "$db"
}

server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

phase() {   # name connections script [cookie]; also the server's CPU time per request (user + system)
  local out c0 c1 n
  c0=$(server_cpu_ticks)
  out=$(BENCH_COOKIE=${4:-} wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"${SECONDS_EACH}s" --latency -s "$BENCH_WRK_DIR/$3" \
        "http://127.0.0.1:$CLINIC_PORT" | grep '^RESULT' | sed 's/^RESULT //')
  c1=$(server_cpu_ticks)
  n=$(echo "$out" | sed 's/.*requests=\([0-9]*\).*/\1/')
  printf '%-4s %-6s %-3s c=%-3s %s server_cpu_us=%d\n' "$m" "$heap" "$1" "$2" "$out" \
      $(( (c1 - c0) * 1000000 / $(getconf CLK_TCK) / (n > 0 ? n : 1) ))
}

sign_in() {
  curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"$1\",\"password\":\"openhat-demo-2026\"}" "http://127.0.0.1:$CLINIC_PORT/api/sessions/password" \
    | sed -n 's/^[Ss]et-[Cc]ookie: openhat_session=\([^;]*\).*/\1/p'
}

echo "machine: $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for m in $MULTIPLIERS; do
  db=$(seeded "$m")
  echo "database ${m}x: $(du -h "$db" | cut -f1)"
  for heap in $HEAPS; do
    work=$(mktemp -d -t openhat-run.XXXXXX)
    cp "$db" "$work/clinic.db"
    export CLINIC_DB_FILE=$work/clinic.db CLINIC_LOG_DIR=$work/logs CLINIC_CHECKPOINT_DIR=$work/checkpoints
    export CLINIC_ADMIN_TASK_SECRET_FILE=$work/admin-task-secret CLINIC_DEVICE_STATE_DIR=$work/devices
    export CLINIC_PORT=$(free_port) CLINIC_ADMIN_PORT=$(free_port)
    heap_flags=(); [ "$heap" = default ] || heap_flags=(-Xms"$heap" -Xmx"$heap")
    java "${heap_flags[@]}" -Dbench.date="$tomorrow" -cp "$JAR:clinic-server/target/test-classes" \
        org.openhat.clinic.bench.MorningSessionClinic server config/clinic.yml >"$work/server.log" 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true; [ "${REMOVE_CACHE:-0}" = 1 ] && rm -rf "$CACHE"' EXIT
    for _ in $(seq 1 120); do
      curl -fs "http://127.0.0.1:$CLINIC_ADMIN_PORT/healthcheck" >/dev/null 2>&1 && break
      sleep 1
    done
    cookie=$(sign_in nurse.amara)
    [ -n "$cookie" ] || { echo "sign-in failed"; kill $server; exit 1; }
    verdict=$(curl -fs -H "Cookie: openhat_session=$cookie" -H 'Content-Type: application/json' \
        -d '{"patientId":1,"doseMg":100,"productId":1,"route":"IV","session":"AM","topUp":false,"assessment":{"sedationScore":0,"breathAlcoholMicrogramsPer100ml":0,"respiratoryRate":16,"spo2":98,"pupils":"NORMAL","drowsy":false,"concerns":"","coUseSuspected":false}}' \
        "http://127.0.0.1:$CLINIC_PORT/api/dose-checks" | grep -o '"verdict":"[A-Z_]*"' | head -1)
    echo "== ${m}x, heap $heap: server pid $server, first check $verdict"
    # warm-up, discarded: on 2 busy cores the JIT is still speeding the server up after a minute
    for _ in 1 2; do
      SECONDS_EACH=$WARMUP_EACH phase warm "$CONNECTIONS" session-get.lua >/dev/null
      SECONDS_EACH=$WARMUP_EACH phase warm "$CONNECTIONS" session-get.lua "$cookie" >/dev/null
      SECONDS_EACH=$WARMUP_EACH phase warm "$CONNECTIONS" dose-check.lua "$cookie" >/dev/null
    done
    phase 401 1 session-get.lua
    phase GET 1 session-get.lua "$cookie"
    phase CHK 1 dose-check.lua "$cookie"
    for r in $(seq 1 "$ROUNDS"); do
      phase 401 "$CONNECTIONS" session-get.lua
      phase GET "$CONNECTIONS" session-get.lua "$cookie"
      phase CHK "$CONNECTIONS" dose-check.lua "$cookie"
    done
    echo "   heap after: $(jcmd $server GC.heap_info 2>/dev/null | grep -m1 -E 'total|garbage-first heap' | sed 's/^ *//')"
    echo "   fail-closed checks in the server log: $(grep -c 'failed closed' "$work/server.log" || true)"
    kill "$server"; wait "$server" 2>/dev/null || true
    [ "${KEEP:-0}" = 1 ] && echo "   kept $work" || rm -rf "$work"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${REMOVE_CACHE:-0}" = 1 ] && rm -rf "$CACHE"
trap - EXIT
