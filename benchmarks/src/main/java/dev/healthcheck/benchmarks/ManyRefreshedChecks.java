package dev.healthcheck.benchmarks;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import java.time.Duration;
import java.util.Arrays;

/**
 * Issue 12's second target: 1,000 checks refreshed every second hold a bounded number of threads,
 * and a probe answered from their latest results stays as fast as a cached probe. Each check
 * takes about a millisecond (a sleep, as a quick network round trip would). Prints, every second,
 * the threads the checker holds (pool, scheduler, listeners) and the whole process's, then the
 * probes' latency percentiles.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.healthcheck.benchmarks.ManyRefreshedChecks
 * [seconds] [checks]}
 */
public final class ManyRefreshedChecks {

  private ManyRefreshedChecks() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int checks = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    HealthChecker.Builder builder = HealthChecker.builder();
    for (int i = 0; i < checks; i++) {
      builder.check(CheckDefinition.of("check" + i, () -> {
        Thread.sleep(1);
        return CheckResult.ok("answered");
      }).refresh(Duration.ofSeconds(1)));
    }
    try (HealthChecker checker = builder.build()) {
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      long[] latencies = new long[1 << 22];
      int probes = 0;
      int maxThreads = 0;
      long nextReport = System.nanoTime();
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        checker.run();
        if (probes < latencies.length) {
          latencies[probes++] = System.nanoTime() - start;
        }
        if (System.nanoTime() >= nextReport) {
          int held = checkerThreads();
          maxThreads = Math.max(maxThreads, held);
          System.out.printf("threads: checker %d, process %d%n", held, Thread.activeCount());
          nextReport += Duration.ofSeconds(1).toNanos();
        }
      }
      long[] sorted = Arrays.copyOf(latencies, probes);
      Arrays.sort(sorted);
      System.out.printf("%d checks refreshed every second, %d s: %d probes; latency p50 %.1f us,"
              + " p99 %.1f us, p99.9 %.1f us; at most %d threads of the checker%n",
          checks, seconds, probes, micros(sorted, 0.50), micros(sorted, 0.99), micros(sorted, 0.999),
          maxThreads);
    }
  }

  private static int checkerThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("healthcheck-"))
        .count();
  }

  private static double micros(long[] sorted, double quantile) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1_000.0;
  }
}
