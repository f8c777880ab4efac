#!/usr/bin/env bash
# Runs every benchmark of the project in one go, on this machine, and writes the figures into
# BENCHMARKS.md (between the run.sh markers). Takes about 10 minutes on 2 cores.
#
#   benchmarks/run.sh            # everything
#   QUICK=1 benchmarks/run.sh    # shorter windows, for trying the script itself (figures are rough)
#
# Needs Java 17+, Maven and wrk (installed from Debian's packages if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/benchmarks/target/results
mkdir -p "$out"

warm=${WARM:-15}      # seconds of full load before measuring: the JIT settles in 10-20 s on 2 cores
window=${WINDOW:-8}   # seconds per measured window; every configuration is measured twice, alternating
herd=${HERD:-60}       # ours: two TTL windows (27 s) and more, so calls per minute mean something
herd_peer=${HERD_PEER:-20}  # Dropwizard calls the dependency on every request: 20 s shows its rate
hung=${HUNG:-30}
if [ -n "${QUICK:-}" ]; then warm=3; window=3; herd=10; herd_peer=5; hung=10; fi

log() { printf '[run.sh %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

if ! command -v wrk >/dev/null; then
  log "installing wrk from Debian's packages"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

log "building"
mvn -B -q package -DskipTests
jar=$root/benchmarks/target/benchmarks.jar
ticks=$(getconf CLK_TCK)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# --- in-process: JMH --------------------------------------------------------------------------
log "JMH: runner against Dropwizard's registry"
java -jar "$jar" "RunnerBenchmark.(healthcheckCachedRunAndJson|healthcheckOneExpiredCheck|dropwizardRunAndJson)" \
  -f 1 -wi 3 -w 2 -i 5 -r 2 -rf json -rff "$out/runner.json" > "$out/runner.txt" 2>&1
log "JMH: ten checks of 20 ms"
java -jar "$jar" ParallelChecksBenchmark -f 1 -wi 2 -w 2 -i 3 -r 2 -rf json -rff "$out/parallel.json" \
  > "$out/parallel.txt" 2>&1
log "JMH: one scrape of 1,000 checks"
java -jar "$jar" MetricsBenchmark -f 1 -wi 3 -w 2 -i 5 -r 2 -rf json -rff "$out/metrics.json" > "$out/metrics.txt" 2>&1

# --- HTTP: one JVM per server, loaded by wrk over loopback --------------------------------------
port=18080
declare -A server_pid server_port
start_server() { # name kind workload
  local name=$1 kind=$2 workload=$3
  port=$((port + 1))
  # nodelay: without it the JDK's HttpServer waits on delayed ACKs (40 ms a response on Linux).
  java -Xms256m -Xmx256m -XX:+UseParallelGC -Dsun.net.httpserver.nodelay=true -cp "$jar" dev.healthcheck.benchmarks.LoadServer "$kind" "$workload" "$port" \
    > "$out/server-$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  server_pid[$name]=$pid
  server_port[$name]=$port
  for _ in $(seq 1 200); do grep -q '^ready' "$out/server-$name.log" && return 0; sleep 0.1; done
  log "server $name did not start:"; cat "$out/server-$name.log" >&2; exit 1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
load() { # name seconds connections -> wrk output
  wrk -t2 -c"$3" -d"$2"s --latency "http://127.0.0.1:${server_port[$1]}/healthcheck" 2>&1
}
measure() { # name round connections
  local name=$1 round=$2 connections=$3 before after
  before=$(cpu_ticks "${server_pid[$name]}")
  load "$name" "$window" "$connections" > "$out/wrk-$name-$round.txt"
  after=$(cpu_ticks "${server_pid[$name]}")
  echo "$((after - before))" > "$out/cpu-$name-$round.txt"
}

instant=(healthcheck-jetty healthcheck-jetty-metrics healthcheck-jetty-refreshed bare-jetty dropwizard-serial dropwizard-parallel healthcheck-jdk bare-jdk)
slow=(healthcheck-jetty bare-jetty bare-jetty-pool dropwizard-serial dropwizard-parallel)
for kind in "${instant[@]}"; do start_server "instant-$kind" "$kind" instant; done
for kind in "${slow[@]}"; do start_server "slow-$kind" "$kind" slow; done
names=()
for kind in "${instant[@]}"; do names+=("instant-$kind"); done
for kind in "${slow[@]}"; do names+=("slow-$kind"); done

for name in "${names[@]}"; do log "warming $name for ${warm}s"; load "$name" "$warm" 64 > /dev/null; done
for round in 1 2; do
  for name in "${names[@]}"; do log "measuring $name, round $round"; measure "$name" "$round" 64; done
done

# --- thundering herd: 200 connections on one check behind a slow dependency ----------------------
for kind in healthcheck-herd dropwizard-herd; do
  seconds=$herd; [ "$kind" = dropwizard-herd ] && seconds=$herd_peer
  start_server "$kind" "$kind" instant
  log "herd: $kind, 200 connections for ${seconds}s"
  load "$kind" "$seconds" 200 > "$out/wrk-$kind.txt"
  curl -s "http://127.0.0.1:${server_port[$kind]}/calls" > "$out/calls-$kind.txt"
  echo "$seconds" > "$out/seconds-$kind.txt"
  kill "${server_pid[$kind]}"
done

# The HTTP servers are done with: the start-up figure below is taken with none of them alive.
cleanup
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
pids=()

# --- hung check under load (issue 6) ------------------------------------------------------------
log "hung check: 200 requests/s for ${hung}s"
java -cp "$jar" dev.healthcheck.benchmarks.HungCheckLoad "$hung" 200 1000 > "$out/hung.txt" 2>/dev/null

# --- JVM start to first 200 of the sample service ------------------------------------------------
log "sample: JVM start to first 200, 5 times"
mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -DincludeScope=runtime \
  -Dmdep.outputFile="$out/sample-classpath.txt"
sample_cp="$root/samples/target/classes:$(cat "$out/sample-classpath.txt")"
startup=""
for i in 1 2 3 4 5; do
  start_ns=$(date +%s%N)
  java -Dslf4j.internal.verbosity=ERROR -cp "$sample_cp" dev.healthcheck.samples.SampleService 18999 > "$out/sample-$i.log" 2>&1 &
  spid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18999/healthcheck/liveness 2>/dev/null)" = 200 ]; do
    kill -0 "$spid" 2>/dev/null || { log "sample exited"; cat "$out/sample-$i.log" >&2; exit 1; }
    sleep 0.005
  done
  end_ns=$(date +%s%N)
  kill "$spid"; wait "$spid" 2>/dev/null || true
  startup+="$(( (end_ns - start_ns) / 1000000 )) "
done
echo "$startup" > "$out/startup.txt"

log "writing BENCHMARKS.md"
java -cp "$jar" dev.healthcheck.benchmarks.BenchmarkReport "$out" "$ticks" "$warm" "$window" BENCHMARKS.md
log "done"
