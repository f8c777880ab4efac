package dev.healthcheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthReport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One generated check, taken from the registry and run by a checker on a clock the test moves:
 * the user's check runs for real, and its timestamps and caching are exact (no sleeps).
 */
class CheckerOnTestClockTest {

  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

  private final TestClock clock = new TestClock(START);
  private final HealthChecker checker = HealthChecker.builder()
      .check(heapCheck())
      .clock(clock)
      .build();

  @Test
  void heapPassesAndIsStampedWithTheTestsClock() {
    CheckReport heap = onlyResult(checker.report());

    assertTrue(heap.passed(), heap.output());
    assertEquals(START, heap.timestamp());
    assertEquals(START.plusSeconds(27), heap.expires(), "a pass is cached for 27 s");
  }

  @Test
  void cachedResultIsServedUntilItExpiresThenTheCheckRunsAgain() {
    checker.report();

    clock.advance(Duration.ofSeconds(27));
    assertEquals(START, onlyResult(checker.report()).timestamp(), "still fresh at its expiry");

    clock.advance(Duration.ofMillis(1));
    assertEquals(START.plusMillis(27_001), onlyResult(checker.report()).timestamp(), "ran again");
  }

  private static CheckDefinition heapCheck() {
    return GeneratedHealthRegistry.create().checks().stream()
        .filter(check -> check.name().equals("heap"))
        .findFirst()
        .orElseThrow();
  }

  private static CheckReport onlyResult(HealthReport report) {
    assertEquals(1, report.results().size(), report.results().toString());
    return report.results().get(0);
  }
}
