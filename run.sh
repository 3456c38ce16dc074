#!/usr/bin/env bash
# Runs the whole stack on this machine: Apache Kafka's own broker (KRaft), timeline-service and
# projection-service on H2 files under ./data, then loads seeds/ through the HTTP API.
# Ctrl-C or SIGTERM stops everything; running it again keeps the data.
set -euo pipefail
cd "$(dirname "$0")"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
TIMELINE_PORT="${TIMELINE_PORT:-8081}"
PROJECTION_PORT="${PROJECTION_PORT:-8082}"
# DATA_DIR: where the stack keeps its files (default ./data); LOAD_SEEDS=false starts it empty; SERVICE_JAVA_OPTS: more
# JVM options for both services (benchmark/run.sh uses all three).
DATA="${DATA_DIR:-data}"
mkdir -p "$DATA" && DATA="$(cd "$DATA" && pwd)"
LOGS="$DATA/logs"
LOAD_SEEDS="${LOAD_SEEDS:-true}"
read -r -a SERVICE_JAVA_OPTS <<< "${SERVICE_JAVA_OPTS:-}"
# Each service within 512 MB of resident memory, under load and with a million facts (issue 6; measured by
# ./benchmark/run.sh as rss_*_mb): a small heap and the serial collector (two cores; G1's own structures and the
# heap it grew to took either service past 900 MB), bounded metaspace, code cache, thread stacks and direct
# buffers (service-jvm.options, a java argument file the benchmark's ceiling app runs with too), and glibc held to
# two malloc arenas instead of one per core and thread. A service that runs out of heap exits (and with it this
# stack; docker-compose.yml restarts it) rather than answering 500 until restarted: H2 closes its database then.
export MALLOC_ARENA_MAX=2
VERSION="0.1.0-SNAPSHOT"
TIMELINE_JAR="timeline-service/target/timeline-service-$VERSION-exec.jar"
PROJECTION_JAR="projection-service/target/projection-service-$VERSION-exec.jar"
export AXONIQ_UPDATE_CHECKER_DISABLED=true

mkdir -p "$LOGS" "$DATA/kafka"
pids=()

# The dev token: made on the first start, kept in data/dev-token (readable by this user only) and reused after.
# timeline-service is given only its SHA-256 (docs/security.md); the seed loader below writes with it.
DEV_TOKEN_FILE="$DATA/dev-token"
if [ ! -s "$DEV_TOKEN_FILE" ]; then
  (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$DEV_TOKEN_FILE")
fi
chmod 600 "$DEV_TOKEN_FILE"
DEV_TOKEN="$(cat "$DEV_TOKEN_FILE")"
if command -v sha256sum > /dev/null; then
  DEV_TOKEN_SHA256="$(printf %s "$DEV_TOKEN" | sha256sum | cut -d' ' -f1)"
else
  DEV_TOKEN_SHA256="$(printf %s "$DEV_TOKEN" | shasum -a 256 | cut -d' ' -f1)"
fi

stop() {
  local code=$1
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  # Services first, so that nothing is left half-published when the broker goes.
  for pid in "${pids[@]:1}" ; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]:1}" ; do wait "$pid" 2>/dev/null || true; done
  if [ "${#pids[@]}" -gt 0 ]; then kill "${pids[0]}" 2>/dev/null || true; wait "${pids[0]}" 2>/dev/null || true; fi
  echo "Stopped. Data kept in $DATA"
  exit "$code"
}
trap 'stop 130' INT
trap 'stop 143' TERM
trap 'stop $?' EXIT

fail() { echo "run.sh: $*" >&2; exit 1; }

wait_for() { # name url-or-port seconds
  local name=$1 target=$2 seconds=$3
  for _ in $(seq "$seconds"); do
    if [[ $target == http* ]]; then
      curl -fs "$target" 2>/dev/null | grep -q '"UP"' && return 0
    else
      (exec 3<>"/dev/tcp/127.0.0.1/$target") 2>/dev/null && return 0
    fi
    sleep 1
  done
  fail "$name did not come up in ${seconds}s; see $LOGS/$name.log"
}

# 1. Build the services when their jars are missing or older than the sources.
stale=$(find edtf/src api-description/src timeline-service/src projection-service/src pom.xml ./*/pom.xml -newer "$TIMELINE_JAR" -print -quit 2>/dev/null || true)
if [ ! -f "$TIMELINE_JAR" ] || [ ! -f "$PROJECTION_JAR" ] || [ -n "$stale" ]; then
  echo "Building the services (./mvnw package, tests skipped)..."
  ./mvnw -q -DskipTests -pl timeline-service,projection-service -am package || fail "build failed"
fi

# 2. Apache Kafka's own broker, from Maven Central, in KRaft mode (no ZooKeeper).
if [ ! -s "$DATA/kafka/classpath.txt" ]; then
  echo "Resolving Apache Kafka's broker from Maven Central..."
  ./mvnw -q -N -Pkafka-broker dependency:build-classpath -Dmdep.outputFile="$DATA/kafka/classpath.txt" \
    || fail "could not resolve the Kafka broker"
fi
cat > "$DATA/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA/kafka/logs
num.partitions=3
# Facts are kept for ever: read models are rebuilt from the beginning of the topic.
log.retention.ms=-1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
cat > "$DATA/kafka/log4j.properties" <<PROPS
log4j.rootLogger=WARN, stdout
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
kafka=(java -Xmx512m -Dlog4j.configuration="file:$DATA/kafka/log4j.properties" -cp "$(cat "$DATA/kafka/classpath.txt")")
if [ ! -f "$DATA/kafka/logs/meta.properties" ]; then
  "${kafka[@]}" kafka.tools.StorageTool format -t "$("${kafka[@]}" kafka.tools.StorageTool random-uuid)" \
    -c "$DATA/kafka/server.properties" > "$LOGS/kafka-format.log" || fail "could not format Kafka storage"
fi
echo "Starting Kafka on 127.0.0.1:$KAFKA_PORT..."
"${kafka[@]}" kafka.Kafka "$DATA/kafka/server.properties" > "$LOGS/kafka.log" 2>&1 &
pids+=($!)
wait_for kafka "$KAFKA_PORT" 60

# 3. Both services, on H2 files under ./data.
echo "Starting timeline-service on :$TIMELINE_PORT and projection-service on :$PROJECTION_PORT..."
java @service-jvm.options ${SERVICE_JAVA_OPTS[@]+"${SERVICE_JAVA_OPTS[@]}"} -jar "$TIMELINE_JAR" --server.port="$TIMELINE_PORT" --timeline.data-dir="$DATA/timeline" \
  --spring.kafka.bootstrap-servers="127.0.0.1:$KAFKA_PORT" \
  "--timeline.security.static-tokens[0].client=dev" \
  "--timeline.security.static-tokens[0].sha256=$DEV_TOKEN_SHA256" \
  "--timeline.security.static-tokens[0].scopes=events:write" > "$LOGS/timeline-service.log" 2>&1 &
pids+=($!)
# On this one machine the dev token is also the operator's: it may replay the read models (docs/operations.md).
java @service-jvm.options ${SERVICE_JAVA_OPTS[@]+"${SERVICE_JAVA_OPTS[@]}"} -jar "$PROJECTION_JAR" --server.port="$PROJECTION_PORT" --projection.data-dir="$DATA/projection" \
  --spring.kafka.bootstrap-servers="127.0.0.1:$KAFKA_PORT" \
  "--timeline.security.static-tokens[0].client=dev" \
  "--timeline.security.static-tokens[0].sha256=$DEV_TOKEN_SHA256" \
  "--timeline.security.static-tokens[0].scopes=timeline:admin" > "$LOGS/projection-service.log" 2>&1 &
pids+=($!)
wait_for timeline-service "http://127.0.0.1:$TIMELINE_PORT/actuator/health" 120
wait_for projection-service "http://127.0.0.1:$PROJECTION_PORT/actuator/health" 120

# 4. The seeds, through the public API. Their ids are fixed, so a second load changes nothing.
loaded=0
[ "$LOAD_SEEDS" = false ] || for seed in $(find seeds -name '*.json' | sort); do
  status=$(curl -s -o "$LOGS/seed-answer.json" -w '%{http_code}' -X POST "http://127.0.0.1:$TIMELINE_PORT/api/events" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $DEV_TOKEN" --data-binary "@$seed")
  # A seed changed since this data directory loaded it (its id holds the earlier version): keep what is recorded.
  if [ "$status" = 409 ] && grep -q '"title":"Id already used"' "$LOGS/seed-answer.json"; then
    echo "note: $seed differs from the fact recorded under its id in $DATA; the recorded version is kept" >&2
  else
    [ "$status" = 201 ] || fail "seed $seed was refused ($status): $(cat "$LOGS/seed-answer.json")"
  fi
  loaded=$((loaded + 1))
done

cat <<MSG

Diplomatic Timeline is running ($loaded seed facts in place).
  Record facts:   POST http://127.0.0.1:$TIMELINE_PORT/api/events
                  with  -H "Authorization: Bearer $DEV_TOKEN"
                  (the dev token, kept in $DEV_TOKEN_FILE; see docs/security.md)
  Read a fact:    GET  http://127.0.0.1:$TIMELINE_PORT/api/events/{id}
  The page:       http://127.0.0.1:$PROJECTION_PORT/?track=ru-us-embassy-talks
  The timeline:   GET  http://127.0.0.1:$PROJECTION_PORT/api/timeline?track=ru-us-embassy-talks
  Read models:    GET  http://127.0.0.1:$PROJECTION_PORT/api/rounds?track=ru-us-embassy-talks
                  (and /api/disputes, /api/proposals, /api/actors, /api/statements; see README.md)
  Kafka:          127.0.0.1:$KAFKA_PORT, topic diplomatic-timeline.events
                  kcat -b 127.0.0.1:$KAFKA_PORT -t diplomatic-timeline.events -C -e
  Logs:           $LOGS
Press Ctrl-C to stop.
MSG

wait -n "${pids[@]}" || true
fail "a process stopped unexpectedly; see $LOGS"
