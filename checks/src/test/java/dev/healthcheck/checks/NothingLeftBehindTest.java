package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.Check;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Repeated timeouts leave neither connections nor threads behind: every network check against a
 * server that accepts and never answers, many times over.
 */
class NothingLeftBehindTest {

  private static final int RUNS = 20;
  private static final Duration TIMEOUT = Duration.ofMillis(100);

  @Test
  void repeatedTimeoutsLeaveNoConnectionAndNoThread() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      int port = silent.port();
      List<Check> checks = List.of(
          Checks.http(URI.create("http://127.0.0.1:" + port + "/health")).timeout(TIMEOUT),
          Checks.redis("127.0.0.1", port).password("secret").timeout(TIMEOUT),
          Checks.tlsCertificate("127.0.0.1", port, Duration.ofDays(14)).timeout(TIMEOUT));
      runAll(checks, 1);
      int baseline = awaitThreadsSettled();

      runAll(checks, RUNS);

      awaitAcceptorCaughtUp(silent);
      assertTrue(silent.acceptedCount() > RUNS, "accepted " + silent.acceptedCount());
      assertEquals(0, silent.stillOpen(), "connections still open");
      int after = awaitThreadsSettled();
      assertTrue(after <= baseline, "threads before: " + baseline + ", after: " + after + ": " + threadNames());
    }
  }

  /** Connections the checks made may still wait in the backlog: until none has come for 300 ms. */
  private static void awaitAcceptorCaughtUp(SilentServer silent) throws InterruptedException {
    int seen = -1;
    while (seen != silent.acceptedCount()) {
      seen = silent.acceptedCount();
      Thread.sleep(300);
    }
  }

  private static void runAll(List<Check> checks, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      for (Check check : checks) {
        assertFalse(check.run().passed());
      }
    }
  }

  /**
   * The live thread count once the checks' own threads (the watchdog, lookups) have ended, which
   * they do a second or so after their last work.
   */
  private static int awaitThreadsSettled() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (threadNames().stream().anyMatch(name -> name.startsWith("healthcheck-checks-")) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertEquals(List.of(), threadNames().stream().filter(name -> name.startsWith("healthcheck-checks-")).toList());
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static List<String> threadNames() {
    return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
        .map(info -> info.getThreadName())
        .toList();
  }
}
