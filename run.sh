#!/usr/bin/env bash
# Runs the whole stack on this machine: Apache Kafka's own broker (KRaft), timeline-service and
# projection-service on H2 files under ./data, then loads seeds/ through the HTTP API.
# Ctrl-C or SIGTERM stops everything; running it again keeps the data.
#
#   ./run.sh --cluster   three brokers, two instances of each service, both services on PostgreSQL (docs/cluster.md)
set -euo pipefail
cd "$(dirname "$0")"

CLUSTER=false
case "${1:-}" in
  "") ;;
  --cluster) CLUSTER=true ;;
  *) echo "run.sh: unknown argument $1 (./run.sh, or ./run.sh --cluster)" >&2; exit 2 ;;
esac

# DATA_DIR: where the stack keeps its files (default ./data); LOAD_SEEDS=false starts it empty; SERVICE_JAVA_OPTS: more
# JVM options for every service (benchmark/run.sh uses all three).
DATA="${DATA_DIR:-data}"
mkdir -p "$DATA" && DATA="$(cd "$DATA" && pwd)"
LOGS="$DATA/logs"
LOAD_SEEDS="${LOAD_SEEDS:-true}"
read -r -a SERVICE_JAVA_OPTS <<< "${SERVICE_JAVA_OPTS:-}"
if [ "$CLUSTER" = true ]; then
  # Three brokers and two instances of each service; each list one port per process.
  read -r -a KAFKA_PORTS <<< "${KAFKA_PORTS:-9092 9094 9096}"
  read -r -a KAFKA_CONTROLLER_PORTS <<< "${KAFKA_CONTROLLER_PORTS:-9093 9095 9097}"
  read -r -a TIMELINE_PORTS <<< "${TIMELINE_PORTS:-8081 8083}"
  read -r -a PROJECTION_PORTS <<< "${PROJECTION_PORTS:-8082 8084}"
  KAFKA_DATA="$DATA/cluster"
  export POSTGRES_HOST="${POSTGRES_HOST:-127.0.0.1}" POSTGRES_PORT="${POSTGRES_PORT:-5432}"
  export POSTGRES_DB="${POSTGRES_DB:-diplomatic_timeline}" POSTGRES_USER="${POSTGRES_USER:-postgres}"
  export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
else
  KAFKA_PORTS=("${KAFKA_PORT:-9092}")
  KAFKA_CONTROLLER_PORTS=("${KAFKA_CONTROLLER_PORT:-9093}")
  TIMELINE_PORTS=("${TIMELINE_PORT:-8081}")
  PROJECTION_PORTS=("${PROJECTION_PORT:-8082}")
  KAFKA_DATA="$DATA"
fi
BROKERS="$(printf '127.0.0.1:%s,' "${KAFKA_PORTS[@]}")" && BROKERS="${BROKERS%,}"
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

mkdir -p "$LOGS"
broker_pids=()
service_pids=()
names=()   # by pid: what each process is, for the report of one that stops

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
  # Services first, so that nothing is left half-published when the brokers go.
  for pid in "${service_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${service_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for pid in "${broker_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${broker_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
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
stale=$(find edtf/src api-description/src answer-compression/src timeline-service/src projection-service/src pom.xml ./*/pom.xml -newer "$TIMELINE_JAR" -print -quit 2>/dev/null || true)
if [ ! -f "$TIMELINE_JAR" ] || [ ! -f "$PROJECTION_JAR" ] || [ -n "$stale" ]; then
  echo "Building the services (./mvnw package, tests skipped)..."
  ./mvnw -q -DskipTests -pl timeline-service,projection-service -am package || fail "build failed"
fi

# 2. Apache Kafka's own brokers, from Maven Central, in KRaft mode (no ZooKeeper): one, or a cluster of three, each
# its own controller too.
if [ ! -s "$DATA/kafka/classpath.txt" ]; then
  echo "Resolving Apache Kafka's broker from Maven Central..."
  mkdir -p "$DATA/kafka"
  ./mvnw -q -N -Pkafka-broker dependency:build-classpath -Dmdep.outputFile="$DATA/kafka/classpath.txt" \
    || fail "could not resolve the Kafka broker"
fi
brokers=${#KAFKA_PORTS[@]}
replicas=$((brokers < 3 ? brokers : 3))
voters=""
for ((n = 1; n <= brokers; n++)); do voters="$voters,$n@127.0.0.1:${KAFKA_CONTROLLER_PORTS[$((n - 1))]}"; done
voters="${voters#,}"
cat > "$DATA/kafka/log4j.properties" <<PROPS
log4j.rootLogger=WARN, stdout
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
kafka=(java -Xmx512m -Dlog4j.configuration="file:$DATA/kafka/log4j.properties" -cp "$(cat "$DATA/kafka/classpath.txt")")
if [ ! -s "$KAFKA_DATA/kafka/cluster-id" ]; then
  mkdir -p "$KAFKA_DATA/kafka"
  "${kafka[@]}" kafka.tools.StorageTool random-uuid > "$KAFKA_DATA/kafka/cluster-id" || fail "could not make a cluster id"
fi
for ((n = 1; n <= brokers; n++)); do
  name=kafka
  [ "$CLUSTER" = true ] && name="kafka-$n"
  dir="$KAFKA_DATA/$name"
  port=${KAFKA_PORTS[$((n - 1))]}
  mkdir -p "$dir"
  # Facts are kept for ever: read models are rebuilt from the beginning of the topic. In a cluster every topic has a
  # copy on each broker and a write needs two of them (timeline-service asks the same of its topic), so one broker
  # may be lost without losing an acknowledged fact or stopping writes.
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:${KAFKA_CONTROLLER_PORTS[$((n - 1))]}
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
log.retention.ms=-1
default.replication.factor=$replicas
min.insync.replicas=$(((replicas + 1) / 2))
offsets.topic.replication.factor=$replicas
transaction.state.log.replication.factor=$replicas
transaction.state.log.min.isr=$(((replicas + 1) / 2))
group.initial.rebalance.delay.ms=0
PROPS
  if [ ! -f "$dir/logs/meta.properties" ]; then
    "${kafka[@]}" kafka.tools.StorageTool format -t "$(cat "$KAFKA_DATA/kafka/cluster-id")" \
      -c "$dir/server.properties" > "$LOGS/$name-format.log" || fail "could not format the storage of $name"
  fi
  echo "Starting $name on 127.0.0.1:$port..."
  "${kafka[@]}" kafka.Kafka "$dir/server.properties" > "$LOGS/$name.log" 2>&1 &
  broker_pids+=($!)
  names[$!]=$name
done
for ((n = 1; n <= brokers; n++)); do
  name=kafka
  [ "$CLUSTER" = true ] && name="kafka-$n"
  wait_for "$name" "${KAFKA_PORTS[$((n - 1))]}" 60
done

# 3. The services: on H2 files under ./data, or all of them on one PostgreSQL database.
common=(--spring.kafka.bootstrap-servers="$BROKERS")
if [ "$CLUSTER" = true ]; then
  command -v psql > /dev/null || fail "--cluster needs psql (Debian: apt-get install postgresql-client) to create $POSTGRES_DB"
  export PGPASSWORD="$POSTGRES_PASSWORD"
  psql=(psql -h "$POSTGRES_HOST" -p "$POSTGRES_PORT" -U "$POSTGRES_USER" -d postgres -v ON_ERROR_STOP=1 -qtA)
  exists=$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$POSTGRES_DB'") \
    || fail "PostgreSQL at $POSTGRES_HOST:$POSTGRES_PORT did not answer as $POSTGRES_USER"
  if [ "$exists" != 1 ]; then
    echo "Creating the database $POSTGRES_DB..."
    "${psql[@]}" -c "CREATE DATABASE \"$POSTGRES_DB\"" || fail "could not create the database $POSTGRES_DB"
  fi
  common+=(--spring.profiles.active=postgres)
  export TIMELINE_TOPIC_REPLICAS=$replicas TIMELINE_TOPIC_MIN_INSYNC_REPLICAS=$(((replicas + 1) / 2))
  export PROJECTION_DLT_REPLICAS=$replicas
fi
start_service() { # name jar port arguments...
  local name=$1 jar=$2 port=$3
  shift 3
  java @service-jvm.options ${SERVICE_JAVA_OPTS[@]+"${SERVICE_JAVA_OPTS[@]}"} -jar "$jar" --server.port="$port" \
    "${common[@]}" "$@" > "$LOGS/$name.log" 2>&1 &
  service_pids+=($!)
  names[$!]=$name
}
timeline_name() { if [ "$CLUSTER" = true ]; then echo "timeline-service-$1"; else echo timeline-service; fi; }
projection_name() { if [ "$CLUSTER" = true ]; then echo "projection-service-$1"; else echo projection-service; fi; }
echo "Starting timeline-service on :${TIMELINE_PORTS[*]} and projection-service on :${PROJECTION_PORTS[*]}..."
for ((n = 1; n <= ${#TIMELINE_PORTS[@]}; n++)); do
  start_service "$(timeline_name $n)" "$TIMELINE_JAR" "${TIMELINE_PORTS[$((n - 1))]}" \
    --timeline.data-dir="$DATA/timeline" \
    "--timeline.security.static-tokens[0].client=dev" \
    "--timeline.security.static-tokens[0].sha256=$DEV_TOKEN_SHA256" \
    "--timeline.security.static-tokens[0].scopes=events:write"
done
# On this one machine the dev token is also the operator's: it may replay the read models (docs/operations.md).
for ((n = 1; n <= ${#PROJECTION_PORTS[@]}; n++)); do
  start_service "$(projection_name $n)" "$PROJECTION_JAR" "${PROJECTION_PORTS[$((n - 1))]}" \
    --projection.data-dir="$DATA/projection" \
    "--timeline.security.static-tokens[0].client=dev" \
    "--timeline.security.static-tokens[0].sha256=$DEV_TOKEN_SHA256" \
    "--timeline.security.static-tokens[0].scopes=timeline:admin"
done
for ((n = 1; n <= ${#TIMELINE_PORTS[@]}; n++)); do
  wait_for "$(timeline_name $n)" "http://127.0.0.1:${TIMELINE_PORTS[$((n - 1))]}/actuator/health" 120
done
for ((n = 1; n <= ${#PROJECTION_PORTS[@]}; n++)); do
  wait_for "$(projection_name $n)" "http://127.0.0.1:${PROJECTION_PORTS[$((n - 1))]}/actuator/health" 120
done

# 4. The seeds, through the public API. Their ids are fixed, so a second load changes nothing.
TIMELINE_PORT=${TIMELINE_PORTS[0]}
PROJECTION_PORT=${PROJECTION_PORTS[0]}
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
  Kafka:          $BROKERS, topic diplomatic-timeline.events
                  kcat -b $BROKERS -t diplomatic-timeline.events -C -e
  Logs:           $LOGS
MSG
if [ "$CLUSTER" = false ]; then
  echo "Press Ctrl-C to stop."
  wait -n "${broker_pids[@]}" "${service_pids[@]}" || true
  fail "a process stopped unexpectedly; see $LOGS"
fi

cat <<MSG
  Every instance: timeline-service on ${TIMELINE_PORTS[*]}, projection-service on ${PROJECTION_PORTS[*]}
                  (PostgreSQL database $POSTGRES_DB at $POSTGRES_HOST:$POSTGRES_PORT; docs/cluster.md)
Press Ctrl-C to stop. A process that stops is reported; the others keep running.
MSG
# A cluster outlives any one of its processes: report each that stops, keep the rest, end when none is left.
running=("${broker_pids[@]}" "${service_pids[@]}")
while [ ${#running[@]} -gt 0 ]; do
  sleep 2
  alive=()
  for pid in "${running[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      alive+=("$pid")
    else
      code=0
      wait "$pid" 2>/dev/null || code=$?
      echo "run.sh: ${names[$pid]} (pid $pid) stopped with exit code $code; see $LOGS/${names[$pid]}.log; the rest keep running" >&2
    fi
  done
  running=(${alive[@]+"${alive[@]}"})
done
fail "every process of the cluster has stopped; see $LOGS"
