#!/usr/bin/env bash
# What was run on 2026-11-28 to compare two builds of projection-service on the same machine at the same time (a
# record, with that day's paths, not a tool): the stack of ./run.sh with the working tree's projection-service on
# 28082, and the jar of the commit before (copied to /work/exp/ab/old-projection.jar) on 28092 with a consumer group
# of its own, both reading the same topic. 30,000 facts go in through POST /api/events:batch (gen-data.py), both
# read models catch up, each gets 60 s of warm-up, then wrk drives each in turn for 15 s, four times, and the CPU
# time each process used (utime + stime from /proc) is divided by the pages it answered. Taking turns every 15 s
# keeps the machine's drift (its speed changed up to seven-fold within the hour that day) out of the comparison.
set -u
D=/work/exp/ab/stack-on; rm -rf $D; mkdir -p $D/old
cd /work/main
DATA_DIR="$D" LOAD_SEEDS=false KAFKA_PORT=29092 KAFKA_CONTROLLER_PORT=29093 TIMELINE_PORT=28081 PROJECTION_PORT=28082 \
  ./run.sh > $D/stack.log 2>&1 &
sp=$!
for i in $(seq 400); do grep -q "Diplomatic Timeline is running" $D/stack.log && break; sleep 1; done
PROJECTION_CONSUMER_GROUP=old-jar MALLOC_ARENA_MAX=2 KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092 java @service-jvm.options -jar /work/exp/ab/old-projection.jar --server.port=28092 --projection.data-dir=$D/old > $D/old.log 2>&1 &
op=$!
for i in $(seq 120); do curl -fs http://127.0.0.1:28092/actuator/health >/dev/null && break; sleep 1; done
np=$(pgrep -f -- "--projection.data-dir=$D/projection" | head -1)
cp /work/exp/ab/pages.lua $D/get.lua; tok=$(cat $D/dev-token); for f in /work/exp/ab/batch-*.ndjson; do curl -s -o /dev/null -w "%{http_code} " -H "Authorization: Bearer $tok" -H "Content-Type: application/x-ndjson" --data-binary @$f http://127.0.0.1:28081/api/events:batch; done; echo; for i in $(seq 300); do a=$(curl -s "http://127.0.0.1:28082/api/timeline?track=bench-deep&from=2024-01-01&limit=50" | grep -o "\"id\"" | wc -l); b=$(curl -s "http://127.0.0.1:28092/api/timeline?track=bench-deep&from=2024-01-01&limit=50" | grep -o "\"id\"" | wc -l); [ "$a" -gt 0 ] && [ "$b" -gt 0 ] && break; sleep 2; done; echo "caught up $a $b"; curl -s "http://127.0.0.1:28082/api/timeline?track=bench-deep&from=1930-01-01&to=1930-04-01&limit=50" | head -c 300; echo
cpu() { awk '{print $14+$15}' /proc/$1/stat; }
one() { a=$(cpu $2); out=$(wrk -t2 -c8 -d15s -s $D/get.lua http://127.0.0.1:$3 | grep WRK_RESULT); b=$(cpu $2)
  n=$(echo "$out" | sed 's/.*requests=\([0-9]*\).*/\1/')
  echo "$1 rate=$((n/15)) cpu_us_per_req=$(( (b-a)*10000/n )) $(echo $out | grep -o 'status=[0-9]*')"; }
wrk -t2 -c8 -d60s -s $D/get.lua http://127.0.0.1:28082 >/dev/null
wrk -t2 -c8 -d60s -s $D/get.lua http://127.0.0.1:28092 >/dev/null
for r in 1 2 3 4; do one new $np 28082; one old $op 28092; done
kill $op; kill $sp; wait $sp 2>/dev/null
for i in $(seq 60); do pgrep -f -- "$D/" >/dev/null || break; sleep 1; done
pkill -f -- "$D/"; echo done
