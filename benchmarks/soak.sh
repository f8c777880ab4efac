#!/usr/bin/env bash
# The soak: for a fixed time, a mix of passing, failing, flaky, slow and hung checks (nothing
# cached) with slow clients, against Jetty and then the JDK server (HealthHandlers.start), each in
# a JVM of its own on 127.0.0.1. Prints, per server, the requests sent, their statuses, latency
# percentiles, and the server's threads and heap (after a full GC) at the start, at every tenth of the
# run and after the clients left.
# Not part of `mvn verify`; the figures go to BENCHMARKS.md.
#
#   benchmarks/soak.sh                 # 120 s per server
#   SECONDS_PER_SERVER=20 benchmarks/soak.sh   # a short try of the script itself
#   SERVERS=jdk benchmarks/soak.sh             # one server only
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${SECONDS_PER_SERVER:-120}
callers=${CALLERS:-8}
slow=${SLOW_CLIENTS:-50}
port=${PORT:-18181}
out=$root/benchmarks/target/results
mkdir -p "$out"

log() { printf '[soak.sh %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

jar=$root/benchmarks/target/benchmarks.jar
if [ -z "${NO_BUILD:-}" ]; then
  log "building"
  mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true
fi

server_pid=
cleanup() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

for kind in ${SERVERS:-jetty jdk}; do
  log "$kind: starting the server on 127.0.0.1:$port"
  java -Xmx512m -cp "$jar" dev.healthcheck.benchmarks.SoakServer "$kind" "$port" > "$out/soak-$kind-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.2
  done
  log "$kind: ${seconds} s of load: $callers callers, $slow slow clients"
  java -cp "$jar" dev.healthcheck.benchmarks.SoakLoad "$port" "$seconds" "$callers" "$slow" | tee "$out/soak-$kind.txt"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
done
log "results in $out/soak-jetty.txt and $out/soak-jdk.txt"
