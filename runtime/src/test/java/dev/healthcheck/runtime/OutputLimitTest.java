package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 11, point 4: a huge output is cut before masking, and masking is not timed. */
class OutputLimitTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void aHugeOutputIsCutToTheMaximumWithAMarker() {
    String huge = "x".repeat(10 * 1024 * 1024);
    HealthChecker checker = HealthChecker.builder().clock(clock)
        .check(CheckDefinition.of("huge", () -> CheckResult.ok(huge)).timeout(Duration.ofSeconds(5)))
        .build();

    CheckReport report = checker.report().results().get(0);

    assertTrue(report.passed(), report.output().substring(0, 80));
    assertTrue(report.output().length() <= OutputLimit.MAX_CHARS, "length " + report.output().length());
    assertTrue(report.output().endsWith(
        " [output truncated: 10485760 characters, over the maximum of 8192]"), report.output().substring(8000));
    assertTrue(checker.run().body().length() < 64 * 1024);
  }

  @Test
  void maskingABigOutputDoesNotCountAgainstTheTimeout() {
    // Secrets everywhere: the slowest text to mask. Cut to the maximum first, then masked after
    // the check answered, outside its deadline.
    String secrets = "password=hunter2 postgres://app:pw@db:5432/app ".repeat(200_000);
    HealthChecker checker = HealthChecker.builder().clock(clock)
        .check(CheckDefinition.of("secrets", () -> CheckResult.ok(secrets)).timeout(Duration.ofMillis(300)))
        .build();

    CheckReport report = checker.report().results().get(0);

    assertTrue(report.passed(), report.output().substring(0, Math.min(200, report.output().length())));
    assertFalse(report.output().contains("hunter2"));
    assertFalse(report.output().contains(":pw@"));
  }

  @Test
  void theCutFallsBetweenWordsSoASecretIsNotHalvedPastTheMasker() {
    String output = "a".repeat(OutputLimit.MAX_CHARS - 100) + " postgres://app:hunter2@db/app" + "b".repeat(200);

    String bounded = OutputLimit.bounded(output);

    assertFalse(bounded.contains("hunter"), bounded.substring(OutputLimit.MAX_CHARS - 200));
    assertTrue(bounded.startsWith("a".repeat(OutputLimit.MAX_CHARS - 100) + "  [output truncated: "));
  }
}
