#!/usr/bin/env bash
# Issue 3's compile-time benchmark: javac over 2,000 annotated methods in 200 classes, with and
# without healthcheck-processor, and the processor's share of the time (target: under 0.5 s).
# Takes about two minutes on 2 cores, after the build.
#
#   benchmarks/processor-benchmark.sh [warmups] [samples] [coldRuns]     # defaults: 3 9 5
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -pl benchmarks -am
java -cp benchmarks/target/benchmarks.jar dev.healthcheck.benchmarks.ProcessorBenchmark "$@"
