#!/usr/bin/env bash
# Two running builds, CPU time per request: wrk drives each in turn, so a machine whose speed drifts slows both alike.
# Run: benchmark/tools/side-by-side.sh SCRIPT.lua NAME=PID@URL NAME=PID@URL (env: ROUNDS TURN WARMUP CONNECTIONS TOKEN)
set -euo pipefail

[ $# -eq 3 ] || { sed -n 2,3p "$0" >&2; exit 2; }
command -v wrk > /dev/null || { echo "side-by-side: wrk is missing (apt-get install wrk)" >&2; exit 2; }
ROUNDS="${ROUNDS:-4}"           # turns per build
TURN="${TURN:-15}"              # seconds per turn
WARMUP="${WARMUP:-60}"          # seconds of load per build before the first turn, for the JIT
CONNECTIONS="${CONNECTIONS:-8}"
threads=$((CONNECTIONS < 2 ? CONNECTIONS : 2))

# A benchmark run's wrk scripts (benchmark/target/runs/<time>/wrk/*.lua) carry that run's token; TOKEN replaces it.
script="$1"
shift
if [ -n "${TOKEN:-}" ]; then
  copy="$(mktemp --suffix=.lua)"
  trap 'rm -f "$copy"' EXIT
  sed "s|Bearer [0-9A-Za-z._~+/=-]*|Bearer $TOKEN|" "$script" > "$copy"
  script="$copy"
fi

names=()
pids=()
urls=()
for build in "$@"; do
  name="${build%%=*}"
  target="${build#*=}"
  [[ "$build" == *=*@* ]] || { echo "side-by-side: '$build' is not NAME=PID@URL" >&2; exit 2; }
  [ -r "/proc/${target%%@*}/stat" ] || { echo "side-by-side: no process ${target%%@*}" >&2; exit 2; }
  names+=("$name")
  pids+=("${target%%@*}")
  urls+=("${target#*@}")
done

# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat, counted after its command name).
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
ticks_per_second="$(getconf CLK_TCK)"

# The WRK_RESULT line the benchmark's scripts print, or nothing.
drive() { wrk -t"$threads" -c"$CONNECTIONS" -d"$2s" --timeout 30s -s "$script" "$1" | grep '^WRK_RESULT' || true; }
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<< "$2"; }

for i in "${!names[@]}"; do
  echo "warming up ${names[$i]} for $WARMUP s..."
  drive "${urls[$i]}" "$WARMUP" > /dev/null
done

total_us=()
total_rate=()
for round in $(seq "$ROUNDS"); do
  for i in "${!names[@]}"; do
    before="$(cpu_ticks "${pids[$i]}")"
    result="$(drive "${urls[$i]}" "$TURN")"
    after="$(cpu_ticks "${pids[$i]}")"
    requests="$(field requests "$result")"
    [ "${requests:-0}" -gt 0 ] || { echo "side-by-side: no answers from ${names[$i]}: $result" >&2; exit 1; }
    us=$(((after - before) * 1000000 / ticks_per_second / requests))
    rate=$((requests / TURN))
    total_us[i]=$((${total_us[i]:-0} + us))
    total_rate[i]=$((${total_rate[i]:-0} + rate))
    echo "${names[$i]} round=$round rate=$rate/s cpu_us_per_request=$us errors=$(field status "$result")"
  done
done
for i in "${!names[@]}"; do
  echo "${names[$i]} mean rate=$((total_rate[i] / ROUNDS))/s cpu_us_per_request=$((total_us[i] / ROUNDS))"
done
