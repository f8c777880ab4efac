package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Thresholds, per-check TTLs, draining, and what the log says about them. */
class ThresholdsAndDrainingTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  /** A check answering from a script: its last answer repeats. */
  private static Check script(boolean... answers) {
    AtomicInteger calls = new AtomicInteger();
    return () -> answers[Math.min(calls.getAndIncrement(), answers.length - 1)]
        ? CheckResult.ok("ok")
        : CheckResult.fail("Connection refused");
  }

  private HealthChecker uncached(CheckDefinition check) {
    return HealthChecker.builder()
        .clock(clock)
        .successTtl(Duration.ZERO)
        .failedTtl(Duration.ZERO)
        .check(check)
        .build();
  }

  private static String reported(HealthChecker checker) {
    CheckReport report = checker.report().results().get(0);
    return report.passed() + " " + report.output();
  }

  @Test
  void theFirstResultIsReportedAsItIsAndAFlipWaitsForTheThreshold() {
    HealthChecker checker = uncached(
        CheckDefinition.of("db", script(true, false, false, false, false)).failureThreshold(3));

    assertEquals("true ok", reported(checker));
    assertEquals("true failed 1 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("true failed 2 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("false Connection refused", reported(checker));
    assertEquals("false Connection refused", reported(checker));
  }

  @Test
  void aFailingFirstResultIsReportedFailedWhateverTheThreshold() {
    HealthChecker checker = uncached(
        CheckDefinition.of("db", script(false, true, true)).failureThreshold(5).successThreshold(2));

    assertEquals("false Connection refused", reported(checker));
    assertEquals("false passed 1 of 2 times in a row: ok", reported(checker));
    assertEquals("true ok", reported(checker));
  }

  @Test
  void anOppositeResultResetsTheCount() {
    HealthChecker checker = uncached(
        CheckDefinition.of("db", script(true, false, false, true, false, false, false)).failureThreshold(3));

    assertEquals("true ok", reported(checker));
    assertEquals("true failed 1 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("true failed 2 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("true ok", reported(checker));
    assertEquals("true failed 1 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("true failed 2 of 3 times in a row: Connection refused", reported(checker));
    assertEquals("false Connection refused", reported(checker));
  }

  @Test
  void cacheHitsAreNotCounted() {
    HealthChecker checker = HealthChecker.builder().clock(clock)
        .check(CheckDefinition.of("db", script(true, false)).failureThreshold(2))
        .build();
    reported(checker);
    clock.advance(Duration.ofSeconds(28));

    for (int i = 0; i < 5; i++) {
      assertEquals("true failed 1 of 2 times in a row: Connection refused", reported(checker));
    }
  }

  @Test
  void thresholdCountsUnderConcurrentCallersFlipOnceAtTheRightRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    BlockingQueue<String> changes = new LinkedBlockingQueue<>();
    HealthChecker checker = HealthChecker.builder()
        .clock(clock)
        .successTtl(Duration.ZERO)
        .failedTtl(Duration.ZERO)
        .listener(new HealthListener() {
          @Override
          public void checkChanged(CheckReport previous, CheckReport current) {
            changes.add(current.passed() + " " + current.output());
          }
        })
        .check(CheckDefinition.of("db", () -> {
          int run = runs.incrementAndGet();
          return run == 1 ? CheckResult.ok("run 1") : CheckResult.fail("run " + run);
        }).failureThreshold(4))
        .build();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(callers.submit(() -> checker.run()));
      }
      for (Future<?> call : calls) {
        call.get(20, TimeUnit.SECONDS);
      }
    } finally {
      callers.shutdownNow();
    }

    assertTrue(runs.get() >= 5, "runs: " + runs);
    assertEquals("true run 1", changes.poll(20, TimeUnit.SECONDS));
    assertEquals("false run 5", changes.poll(20, TimeUnit.SECONDS), "the fourth failure in a row flips it");
    assertEquals(null, changes.poll(100, TimeUnit.MILLISECONDS));
  }

  @Test
  void perCheckTtlsPutCheapAndExpensiveChecksOnTheirOwnSchedules() {
    AtomicInteger cheap = new AtomicInteger();
    AtomicInteger expensive = new AtomicInteger();
    HealthChecker checker = HealthChecker.builder().clock(clock)
        .check(CheckDefinition.of("cheap", () -> CheckResult.ok("" + cheap.incrementAndGet()))
            .successTtl(Duration.ofSeconds(1)))
        .check(CheckDefinition.of("expensive", () -> CheckResult.ok("" + expensive.incrementAndGet()))
            .successTtl(Duration.ofMinutes(5)))
        .build();

    for (int second = 0; second < 10; second++) {
      checker.run();
      clock.advance(Duration.ofMillis(1001));
    }

    assertEquals(10, cheap.get());
    assertEquals(1, expensive.get());
  }

  private HealthChecker probes() {
    return HealthChecker.builder().clock(clock)
        .check(CheckDefinition.of("db", () -> CheckResult.ok("up")).groups("readiness"))
        .check(CheckDefinition.of("deadlocks", () -> CheckResult.ok("none")).groups("liveness"))
        .build();
  }

  @Test
  void drainingFailsReadinessAndTheFullRunButNotLiveness() {
    HealthChecker checker = probes();
    assertFalse(checker.isDraining());
    assertEquals(200, checker.run("readiness").status());

    checker.startDraining();

    assertTrue(checker.isDraining());
    HealthResponse readiness = checker.run("readiness");
    assertEquals(500, readiness.status());
    JsonNode drained = Json.parse(readiness).get("results").get(0);
    assertEquals("draining", drained.get("checker").asText());
    assertFalse(drained.get("passed").asBoolean());
    assertEquals(500, checker.run().status());
    assertEquals(200, checker.run("liveness").status());
    assertEquals(200, checker.run("db").status(), "one check by name is not a drained group");

    HealthReport report = checker.report();
    assertEquals(HealthReport.Status.FAIL, report.status());
    assertEquals(List.of("draining", "db", "deadlocks"),
        report.results().stream().map(CheckReport::checker).toList());
    assertEquals(List.of("db", "deadlocks"), checker.latest().stream().map(CheckReport::checker).toList());
  }

  @Test
  void drainGroupsReplaceTheDefault() {
    HealthChecker checker = HealthChecker.builder().clock(clock)
        .drainGroups("traffic")
        .check(CheckDefinition.of("db", () -> CheckResult.ok("up")).groups("readiness", "traffic"))
        .build();
    checker.startDraining();

    assertEquals(200, checker.run("readiness").status());
    assertEquals(500, checker.run("traffic").status());
  }

  @Test
  void aCheckThatKeepsThrowingIsLoggedOnceWithItsTraceNotAtEveryRerun() {
    try (LogCapture log = new LogCapture()) {
      HealthChecker checker = uncached(CheckDefinition.of("oom", () -> {
        throw new OutOfMemoryError("Java heap space");
      }));
      for (int i = 0; i < 5; i++) {
        assertEquals(500, checker.run().status());
      }
      List<LogRecord> warnings = log.records().stream()
          .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
      long traces = log.records().stream().filter(r -> r.getThrown() != null).count();
      assertEquals(1, warnings.size(), log.text());
      assertTrue(traces <= 1, "stack traces logged: " + traces);
    }
  }

  @Test
  void aCheckerWithNoChecksWarnsHowThatHappens() {
    try (LogCapture log = new LogCapture()) {
      HealthChecker.of().close();

      LogRecord warning = log.records().stream()
          .filter(r -> r.getLevel() == Level.WARNING).findFirst().orElse(null);
      assertNotNull(warning, log.text());
      assertTrue(warning.getMessage().contains("no checks"), warning.getMessage());
      assertTrue(warning.getMessage().contains("HealthRegistry.discover()"), warning.getMessage());
    }
  }
}
