#!/usr/bin/env bash
# The benchmark of issue 6 (docs/benchmark.md): starts the stack of ./run.sh on its own ports and a fresh data
# directory, starts the ceiling app, runs the load driver, prints one RESULT line per figure, stops everything.
#
#   ./benchmark/run.sh [--small] [--cluster] [--profile] [--out DIR] [--require-bulk] [driver options...]
#
#   --small         the CI run: tiny sizes, a few seconds per phase, about 3 minutes in all
#   --cluster       the shape of ./run.sh --cluster: three brokers, two instances of each service on PostgreSQL (its
#                   own database BENCH_POSTGRES_DB, default diplomatic_timeline_bench, dropped and made anew); the
#                   single POSTs and the queries are shared out over both instances; rebuild_rate is absent (a
#                   replay needs the consumer group to itself); the run ends by checking that the event store and
#                   both read models hold the same events
#   --profile       JFR recordings of both services; hot methods per phase under DIR/profile/
#   --out DIR       where the run's files go (default benchmark/target/runs/<time>)
#   --require-bulk  fail when timeline-service has no bulk endpoint (by default ingest_bulk is then reported absent)
#   driver options  --facts N, --deep-facts N, --shallow-facts N, --duration S, --warmup S, --clients N,
#                   --query-clients N, --freshness-rate N, --batch N, --bulk-clients N, --spread-tracks N,
#                   --streams N, --stream-rate N (the live streams' phase: 1,000 streams, 100 facts/s; small: 50, 20)
#
# Ports (never the defaults of ./run.sh): BENCH_KAFKA_PORT 29092, BENCH_KAFKA_CONTROLLER_PORT 29093,
# BENCH_TIMELINE_PORT 28081, BENCH_PROJECTION_PORT 28082, BENCH_CEILING_PORT 28083. BENCH_SERVICE_JAVA_OPTS: more JVM
# options for both services.
# Exits 0 when every figure was measured, 1 otherwise (a RESULT line missing or failed, or the stack failed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
export AXONIQ_UPDATE_CHECKER_DISABLED=true

OUT=""
PROFILE=false
CLUSTER=false
REQUIRE_BULK=false
driver_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --small) driver_args+=(--small); shift ;;
    --profile) PROFILE=true; shift ;;
    --cluster) CLUSTER=true; shift ;;
    --require-bulk) REQUIRE_BULK=true; shift ;;
    --out) OUT="$2"; shift 2 ;;
    --*) [ $# -ge 2 ] || { echo "benchmark: $1 needs a value" >&2; exit 2; }; driver_args+=("$1" "$2"); shift 2 ;;
    *) echo "benchmark: unknown argument $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

KAFKA_PORT="${BENCH_KAFKA_PORT:-29092}"
KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-29093}"
TIMELINE_PORT="${BENCH_TIMELINE_PORT:-28081}"
PROJECTION_PORT="${BENCH_PROJECTION_PORT:-28082}"
CEILING_PORT="${BENCH_CEILING_PORT:-28083}"
# The cluster's second instances, brokers and controllers, on ports of their own too.
TIMELINE_PORT_2=$((TIMELINE_PORT + 3))
PROJECTION_PORT_2=$((PROJECTION_PORT + 3))
BENCH_POSTGRES_DB="${BENCH_POSTGRES_DB:-diplomatic_timeline_bench}"
OUT="${OUT:-benchmark/target/runs/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT" && OUT="$(cd "$OUT" && pwd)"
DATA="$OUT/data"
LOGS="$OUT/logs"
VERSION="0.1.0-SNAPSHOT"
BENCH_JAR="$ROOT/benchmark/target/benchmark-$VERSION-exec.jar"
[ ! -e "$DATA" ] || { echo "benchmark: $DATA exists; give a fresh --out" >&2; exit 2; }
mkdir -p "$LOGS"

say() { echo "[benchmark] $*"; }
fail() { echo "[benchmark] FAILED: $*" >&2; exit 1; }

stack_pid=""
ceiling_pid=""
driver_pid=""
stop() {
  local code=$1
  trap - INT TERM EXIT
  # Only what this script started, by pid: the driver (which takes its wrk with it), the ceiling app, and
  # ./run.sh, which stops the services and the broker itself.
  for pid in "$driver_pid" "$ceiling_pid" "$stack_pid"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "$driver_pid" "$ceiling_pid" "$stack_pid"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  exit "$code"
}
trap 'stop 130' INT
trap 'stop 143' TERM
trap 'stop $?' EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports=("$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$TIMELINE_PORT" "$PROJECTION_PORT" "$CEILING_PORT")
[ "$CLUSTER" = false ] || ports+=($((KAFKA_PORT + 2)) $((KAFKA_PORT + 3)) $((KAFKA_PORT + 4)) $((KAFKA_PORT + 5))
  "$TIMELINE_PORT_2" "$PROJECTION_PORT_2")
# A run started just after another may find that one's stack still stopping: give its ports a minute to free.
for port in "${ports[@]}"; do
  for _ in $(seq 60); do port_free "$port" && break; sleep 1; done
  port_free "$port" || fail "port $port is in use (set the BENCH_*_PORT variables)"
done

# 1. wrk drives the closed loops (Debian's package). CI and the project's machines run as root.
if ! command -v wrk > /dev/null; then
  say "installing wrk (apt-get)..."
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } > "$LOGS/apt-get.log" 2>&1 \
      || fail "could not install wrk; see $LOGS/apt-get.log"
  else
    fail "wrk is missing: install it (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk)"
  fi
fi

# 1b. Disk: H2 keeps several kilobytes per fact in its files. A full run of 1,010,000 facts left 9 GB in the stack's
# files and 6.4 GB in the ceilings' (070d39f, 2026-11-28; 27 and 22 GB before ids were time-ordered, and one run
# started with less free space filled the disk in its last phase). So 25 KB per fact must be free before the run
# starts (the small mode needs little).
facts=1010000
small=false
for ((i = 0; i < ${#driver_args[@]}; i++)); do
  case "${driver_args[$i]}" in
    --small) small=true ;;
    --facts) facts="${driver_args[$((i + 1))]}" ;;
  esac
done
if [ "$small" = false ]; then
  need_kb=$((facts * 25))
  free_kb=$(df -Pk "$OUT" | awk 'NR == 2 { print $4 }')
  [ "$free_kb" -ge "$need_kb" ] || fail "$((need_kb / 1048576)) GB must be free under $OUT for $facts facts, $((free_kb / 1048576)) GB are"
fi

# 2. The jars: the services and the benchmark's own (ceiling app and driver). Quick when nothing changed.
say "building the services and the benchmark (tests skipped)..."
./mvnw -q -B -ntp -DskipTests -pl timeline-service,projection-service,benchmark -am package > "$LOGS/build.log" 2>&1 \
  || fail "build failed; see $LOGS/build.log"

# 3. The stack of ./run.sh: its broker and both services on H2 files, on our ports and in our data directory, no seeds.
# The dev token it makes there is the benchmark's own (events:write at timeline-service, timeline:admin at
# projection-service); its client gets an allowance far above any rate the benchmark reaches, so that the rate
# limiter is still on the path but never throttles.
# BENCH_SERVICE_JAVA_OPTS: more JVM options for both services, after service-jvm.options (to compare collector
# settings, say); the ceiling app keeps service-jvm.options alone.
service_opts="${BENCH_SERVICE_JAVA_OPTS:-}"
if [ "$PROFILE" = true ]; then
  mkdir -p "$OUT/profile"
  service_opts="$service_opts -XX:StartFlightRecording=settings=profile,maxsize=1g -XX:FlightRecorderOptions:stackdepth=256"
fi
say "starting the stack (logs in $DATA/logs)..."
stack=(./run.sh)
timelines="http://127.0.0.1:$TIMELINE_PORT"
projections="http://127.0.0.1:$PROJECTION_PORT"
if [ "$CLUSTER" = true ]; then
  # A fresh database, as the single shape has a fresh data directory; ./run.sh --cluster makes it again.
  psql -h "${POSTGRES_HOST:-127.0.0.1}" -p "${POSTGRES_PORT:-5432}" -U "${POSTGRES_USER:-postgres}" -d postgres -q \
    -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$BENCH_POSTGRES_DB\"" > "$LOGS/database.log" 2>&1 \
    || fail "could not drop the database $BENCH_POSTGRES_DB; see $LOGS/database.log"
  stack=(./run.sh --cluster)
  export POSTGRES_DB="$BENCH_POSTGRES_DB"
  export KAFKA_PORTS="$KAFKA_PORT $((KAFKA_PORT + 2)) $((KAFKA_PORT + 4))"
  export KAFKA_CONTROLLER_PORTS="$KAFKA_CONTROLLER_PORT $((KAFKA_PORT + 3)) $((KAFKA_PORT + 5))"
  export TIMELINE_PORTS="$TIMELINE_PORT $TIMELINE_PORT_2" PROJECTION_PORTS="$PROJECTION_PORT $PROJECTION_PORT_2"
  timelines="$timelines,http://127.0.0.1:$TIMELINE_PORT_2"
  projections="$projections,http://127.0.0.1:$PROJECTION_PORT_2"
fi
DATA_DIR="$DATA" LOAD_SEEDS=false KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  TIMELINE_PORT="$TIMELINE_PORT" PROJECTION_PORT="$PROJECTION_PORT" SERVICE_JAVA_OPTS="$service_opts" \
  SPRING_APPLICATION_JSON='{"timeline":{"limits":{"rate":{"clients":{"dev":{"writes":100000000,"per":"1s","burst":100000000}}}}}}' \
  "${stack[@]}" > "$LOGS/stack.log" 2>&1 &
stack_pid=$!

# 4. The ceiling app, with the services' JVM flags.
MALLOC_ARENA_MAX=2 java @service-jvm.options -jar "$BENCH_JAR" --server.port="$CEILING_PORT" > "$LOGS/ceiling.log" 2>&1 &
ceiling_pid=$!

for _ in $(seq 300); do
  grep -q "Diplomatic Timeline is running" "$LOGS/stack.log" 2>/dev/null && break
  kill -0 "$stack_pid" 2>/dev/null || fail "the stack did not start: $(tail -5 "$LOGS/stack.log")"
  sleep 1
done
grep -q "Diplomatic Timeline is running" "$LOGS/stack.log" || fail "the stack did not start in 300 s; see $LOGS/stack.log"
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$CEILING_PORT/noop/timeline" > /dev/null 2>&1 && break
  kill -0 "$ceiling_pid" 2>/dev/null || fail "the ceiling app did not start; see $LOGS/ceiling.log"
  sleep 1
done
curl -fs "http://127.0.0.1:$CEILING_PORT/noop/timeline" > /dev/null || fail "the ceiling app did not answer in 120 s"

# The services' JVMs (the first instance of each, in a cluster), found by their ports, for their memory.
timeline_pid="$(pgrep -f -- "--server.port=$TIMELINE_PORT --" | head -1 || true)"
projection_pid="$(pgrep -f -- "--server.port=$PROJECTION_PORT --" | head -1 || true)"
[ -n "$timeline_pid" ] && [ -n "$projection_pid" ] || fail "could not find the services' processes"
# Every instance of each service and every broker, for the CPU time a fact costs (cpu_per_fact_*): the brokers are
# the ones whose server.properties lie in this run's data directory.
service_ports=("$TIMELINE_PORT" "$PROJECTION_PORT")
[ "$CLUSTER" = false ] || service_ports+=("$TIMELINE_PORT_2" "$PROJECTION_PORT_2")
service_pids=""
for port in "${service_ports[@]}"; do
  pid="$(pgrep -f -- "--server.port=$port --" | head -1 || true)"
  [ -n "$pid" ] || fail "could not find the service on :$port"
  service_pids="$service_pids${service_pids:+,}$pid"
done
broker_pids="$(pgrep -f "kafka\.Kafka .*$DATA/" | paste -sd, - || true)"
[ -n "$broker_pids" ] || fail "could not find the broker processes"

say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; load now: $(cut -d' ' -f1-3 /proc/loadavg)"

# 5. The driver: a JVM of its own, from the benchmark's jar.
java -Xmx1g -Dloader.main=io.diplomatictimeline.benchmark.driver.Benchmark -cp "$BENCH_JAR" \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --out "$OUT" --repo "$ROOT" --token-file "$DATA/dev-token" \
  --timeline "$timelines" --projection "$projections" \
  --ceiling "http://127.0.0.1:$CEILING_PORT" --timeline-pid "$timeline_pid" --projection-pid "$projection_pid" \
  --service-pids "$service_pids" --broker-pids "$broker_pids" --ceiling-pid "$ceiling_pid" \
  ${driver_args[@]+"${driver_args[@]}"} &
driver_pid=$!
driver_code=0
wait "$driver_pid" || driver_code=$?
driver_pid=""

# 6. The profiles, before the services stop.
if [ "$PROFILE" = true ]; then
  for service in timeline-service:"$timeline_pid" projection-service:"$projection_pid"; do
    name="${service%%:*}"; pid="${service##*:}"
    jcmd "$pid" JFR.dump filename="$OUT/profile/$name.jfr" > "$LOGS/jfr-$name.log" 2>&1 \
      || { say "could not dump the JFR recording of $name; see $LOGS/jfr-$name.log"; continue; }
    java -Dloader.main=io.diplomatictimeline.benchmark.profile.ProfileSummary -cp "$BENCH_JAR" \
      org.springframework.boot.loader.launch.PropertiesLauncher "$OUT/profile/$name.jfr" "$OUT/phases.tsv" 25 \
      "$OUT/profile/$name.collapsed" > "$OUT/profile/$name-hot-methods.txt" 2> "$LOGS/profile-$name.log" \
      || { say "could not summarise the profile of $name; see $LOGS/profile-$name.log"; continue; }
    say "hot methods of $name over the whole run (by phase: $OUT/profile/$name-hot-methods.txt):"
    # The whole run's section, ten lines of each list.
    awk '/^## /{on=($0 ~ /whole run/)} on && /^  /{if (++n <= 10) print; next} on {n=0; print}' \
      "$OUT/profile/$name-hot-methods.txt"
  done
fi

# 7. The verdict: every figure has a RESULT line, none failed; ingest_bulk (and with it cpu_per_fact_bulk_us) may be
# absent unless --require-bulk, query_revalidate_rate is absent where projection-service answers no ETag, and
# rebuild_rate is absent in a cluster. A cluster's event store and both read models must hold the same events.
kill -0 "$stack_pid" 2>/dev/null || fail "the stack stopped during the run; see $LOGS/stack.log and $DATA/logs"
missing=0
for figure in ingest_single cpu_per_fact_single_us ingest_bulk cpu_per_fact_bulk_us freshness_p50_ms \
    freshness_p99_ms stream_p50_ms stream_p99_ms stream_rss_projection_mb query_rate query_p99_ms \
    query_revalidate_rate export_first_byte_ms export_rss_projection_mb rebuild_rate ingest_flatness rss_timeline_mb \
    rss_projection_mb; do
  line="$(grep "^RESULT $figure " "$OUT/results.txt" || true)"
  value="$(echo "$line" | cut -d' ' -f3)"
  if [ -z "$line" ]; then
    echo "[benchmark] no RESULT line for $figure" >&2; missing=1
  elif [ "$value" = failed ] || { [ "$value" = absent ] && [ "$REQUIRE_BULK" = true ] \
      && { [ "$figure" = ingest_bulk ] || [ "$figure" = cpu_per_fact_bulk_us ]; }; }; then
    echo "[benchmark] $figure: $value" >&2; missing=1
  elif [ "$value" = absent ] && [ "$figure" = rebuild_rate ] && [ "$CLUSTER" = false ]; then
    echo "[benchmark] $figure: $value" >&2; missing=1
  fi
done
if [ "$CLUSTER" = true ]; then
  store="$(curl -fs "http://127.0.0.1:$TIMELINE_PORT/api/events/digest" || true)"
  for port in "$PROJECTION_PORT" "$PROJECTION_PORT_2"; do
    for _ in $(seq 120); do
      [ "$(curl -fs "http://127.0.0.1:$port/api/timeline/digest" || true)" = "$store" ] && break
      sleep 1
    done
    read_model="$(curl -fs "http://127.0.0.1:$port/api/timeline/digest" || true)"
    if [ -n "$store" ] && [ "$read_model" = "$store" ]; then
      say "cluster: the read model of projection-service on :$port equals the event store: $store"
    else
      echo "[benchmark] cluster: projection-service on :$port holds $read_model, the event store $store" >&2; missing=1
    fi
  done
fi
say "results in $OUT/results.txt"
[ "$missing" = 0 ] && [ "$driver_code" = 0 ] || fail "not every figure was measured (driver exit $driver_code)"
say "every figure measured"
