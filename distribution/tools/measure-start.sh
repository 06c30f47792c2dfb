#!/bin/bash
# Measures cold start (exec of bin/homegw -> "homegw started" line) and resident memory (VmRSS
# 5 s after start) of the assembled distribution, for the JVM flags in bin/homegw and for
# alternatives given as arguments, e.g.:
#   distribution/tools/measure-start.sh "" "-Xmx64m -XX:+UseSerialGC"
# Each argument is a complete flag set replacing bin/homegw's; "default" means bin/homegw as shipped.
# Prints one line per flag set: median/min/max start ms, median CPU ms (user+sys of the JVM up to the
# "started" line: independent of other load on the machine) and median RSS MB over RUNS runs (default 5).
set -u
DIST=${DIST:-$(cd "$(dirname "$0")/.." && pwd)/target/homegw}
RUNS=${RUNS:-5}
[ $# -eq 0 ] && set -- default
for flags in "$@"; do
  starts=(); rss=(); cpus=()
  for i in $(seq 1 "$RUNS"); do
    state=$(mktemp -d); out=$state.out
    if [ "$flags" = default ]; then
      t0=$(date +%s%N); "$DIST/bin/homegw" --no-shell --state-dir "$state" >"$out" 2>&1 &
    else
      t0=$(date +%s%N)
      java $flags -Dhomegw.home="$DIST" -cp "$DIST/lib/homegw.launcher.jar:$DIST/lib/org.apache.felix.framework.jar:$DIST/lib/slf4j-api.jar" \
        org.homegw.launcher.Main --no-shell --state-dir "$state" >"$out" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 1 400); do grep -qs "homegw started" "$out" && break; sleep 0.025; done
    t1=$(date +%s%N)
    starts+=($(( (t1 - t0) / 1000000 )))
    cpus+=($(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$pid/stat))
    sleep 5
    rss+=($(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status))
    kill -TERM $pid; wait $pid
    rm -rf "$state" "$out"
  done
  sorted=($(printf '%s\n' "${starts[@]}" | sort -n)); rs=($(printf '%s\n' "${rss[@]}" | sort -n))
  cs=($(printf '%s\n' "${cpus[@]}" | sort -n))
  mid=$(( RUNS / 2 ))
  printf '%-60s start ms median %5d min %5d max %5d | CPU ms median %5d | RSS MB median %4d (min %d max %d)\n' \
    "${flags:-<no flags>}" "${sorted[$mid]}" "${sorted[0]}" "${sorted[-1]}" "${cs[$mid]}" "${rs[$mid]}" "${rs[0]}" "${rs[-1]}"
done
