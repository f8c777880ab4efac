package dev.healthcheck.benchmarks;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Issue 6's load target: one check hung forever, 200 requests a second for 30 seconds; the
 * process's thread count must stay bounded and every response must arrive within the check's
 * timeout plus 50 ms.
 *
 * <p>Requests are issued open-loop (on a fixed schedule, whatever the answers' latency), each on a
 * thread of its own, so that a slow answer cannot hide behind a slower request rate.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.healthcheck.benchmarks.HungCheckLoad [seconds]
 * [requestsPerSecond] [timeoutMillis]}
 */
public final class HungCheckLoad {

  private HungCheckLoad() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long timeoutMillis = args.length > 2 ? Long.parseLong(args[2]) : 1000;

    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger hungInvocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .check(CheckDefinition.of("hung", () -> {
              hungInvocations.incrementAndGet();
              never.await();
              return CheckResult.ok("never");
            }).timeoutMillis(timeoutMillis))
            .check("database", () -> pause(5))
            .check("cache", () -> pause(2))
            .check("disk", () -> CheckResult.ok("plenty"))
            .build();

    int requests = seconds * rate;
    AtomicLongArray latencies = new AtomicLongArray(requests);
    AtomicInteger nonFailure = new AtomicInteger();
    ExecutorService callers = Executors.newCachedThreadPool();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int threadsBefore = threads.getThreadCount();
    int[] maxThreads = {threadsBefore};
    int[] maxCheckThreads = {0};
    ticker.scheduleAtFixedRate(() -> {
      maxThreads[0] = Math.max(maxThreads[0], threads.getThreadCount());
      maxCheckThreads[0] = Math.max(maxCheckThreads[0], checkThreads());
    }, 0, 100, TimeUnit.MILLISECONDS);

    CountDownLatch done = new CountDownLatch(requests);
    AtomicInteger issued = new AtomicInteger();
    long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
    ticker.scheduleAtFixedRate(() -> {
      int index = issued.getAndIncrement();
      if (index >= requests) {
        return;
      }
      callers.execute(() -> {
        long started = System.nanoTime();
        int status = checker.run().status();
        latencies.set(index, System.nanoTime() - started);
        if (status != 500) {
          nonFailure.incrementAndGet();
        }
        done.countDown();
      });
    }, 0, periodNanos, TimeUnit.NANOSECONDS);

    boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
    ticker.shutdownNow();
    callers.shutdownNow();

    long[] sorted = new long[requests];
    for (int i = 0; i < requests; i++) {
      sorted[i] = latencies.get(i);
    }
    Arrays.sort(sorted);
    double bound = timeoutMillis + 50;
    double max = millis(sorted[requests - 1]);
    System.out.printf("requests: %d in %d s (%d/s), all answered: %s%n", requests, seconds, rate, finished);
    System.out.printf("latency ms: p50 %.2f, p99 %.2f, p99.9 %.2f, max %.2f (bound: timeout %d + 50 = %.0f)%n",
        millis(sorted[requests / 2]), millis(sorted[(int) (requests * 0.99)]),
        millis(sorted[(int) (requests * 0.999)]), max, timeoutMillis, bound);
    System.out.printf("threads: %d before, %d at most (harness callers included); check threads at most %d%n",
        threadsBefore, maxThreads[0], maxCheckThreads[0]);
    // The hung check is interrupted at its deadline (issue 11), so it may run again once its
    // failed result expires (9 s): at most one run per timeout plus failed TTL, never one per probe.
    long allowedRuns = seconds * 1000L / (timeoutMillis + 9_000) + 1;
    System.out.printf("hung check invoked %d time(s) (at most %d: one per timeout + failed TTL); responses not 500: %d%n",
        hungInvocations.get(), allowedRuns, nonFailure.get());
    System.out.println(max <= bound && hungInvocations.get() <= allowedRuns && finished ? "RESULT: PASS" : "RESULT: FAIL");
    System.exit(0);
  }

  private static CheckResult pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return CheckResult.ok("answered in " + millis + " ms");
  }

  private static int checkThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("healthcheck-"))
        .count();
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
