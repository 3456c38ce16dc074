#!/usr/bin/env bash
set -u
D=/work/exp/ab/stack-so; rm -rf $D; mkdir -p $D/second
cd /work/main
DATA_DIR="$D" LOAD_SEEDS=false KAFKA_PORT=29092 KAFKA_CONTROLLER_PORT=29093 TIMELINE_PORT=28081 PROJECTION_PORT=28082 \
  SPRING_APPLICATION_JSON='{"timeline":{"limits":{"rate":{"clients":{"dev":{"writes":100000000,"per":"1s","burst":100000000}}}}}}' \
  ./run.sh > $D/stack.log 2>&1 &
sp=$!
for i in $(seq 400); do grep -q "Diplomatic Timeline is running" $D/stack.log && break; sleep 1; done
tok=$(cat $D/dev-token); sha=$(printf %s "$tok" | sha256sum | cut -d' ' -f1)
SPRING_APPLICATION_JSON='{"timeline":{"limits":{"rate":{"clients":{"dev":{"writes":100000000,"per":"1s","burst":100000000}}}}}}' \
MALLOC_ARENA_MAX=2 java @service-jvm.options -Dmanagement.observations.enable.spring.security=false -jar timeline-service/target/timeline-service-0.1.0-SNAPSHOT-exec.jar --server.port=28091 --timeline.data-dir=$D/second \
  --spring.kafka.bootstrap-servers=127.0.0.1:29092 "--timeline.security.static-tokens[0].client=dev" \
  "--timeline.security.static-tokens[0].sha256=$sha" "--timeline.security.static-tokens[0].scopes=events:write" > $D/second.log 2>&1 &
op=$!
for i in $(seq 120); do curl -fs http://127.0.0.1:28091/actuator/health >/dev/null && break; sleep 1; done
bp=$(pgrep -f -- "--timeline.data-dir=$D/timeline" | head -1)
sed "s/Bearer [0-9a-f]*/Bearer $tok/" /work/exp/ab/base/run/wrk/ingest_single.lua > $D/post.lua
cpu() { awk '{print $14+$15}' /proc/$1/stat; }
one() { a=$(cpu $2); out=$(wrk -t2 -c32 -d15s -s $D/post.lua http://127.0.0.1:$3 | grep WRK_RESULT); b=$(cpu $2)
  n=$(echo "$out" | sed 's/.*requests=\([0-9]*\).*/\1/')
  echo "$1 rate=$((n/15)) cpu_us_per_req=$(( (b-a)*10000/n )) $(echo $out | grep -o 'status=[0-9]*')"; }
wrk -t2 -c32 -d60s -s $D/post.lua http://127.0.0.1:28081 >/dev/null
wrk -t2 -c32 -d60s -s $D/post.lua http://127.0.0.1:28091 >/dev/null
for r in 1 2 3 4; do one observed $bp 28081; one security-unobserved $op 28091; done
kill $op; kill $sp; wait $sp 2>/dev/null
for i in $(seq 60); do pgrep -f -- "$D/" >/dev/null || break; sleep 1; done
pkill -f -- "$D/"; echo done
