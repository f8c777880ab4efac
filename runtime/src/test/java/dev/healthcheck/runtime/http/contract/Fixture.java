package dev.healthcheck.runtime.http.contract;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the contract test serves: three checks, two of them healthy in group {@code readiness} and
 * one failing in group {@code extra}, with the default caching, and a counter of how often the
 * {@code db} check really ran; and an environment dump with a section {@code application} that
 * holds a secret; and a checker whose clock overflows the stack, a {@link VirtualMachineError} the
 * checker lets through, so the endpoint rethrows it and the binding answers 500 itself.
 */
public final class Fixture {

  public final AtomicInteger dbRuns = new AtomicInteger();
  public final HealthChecker checker =
      HealthChecker.builder()
          .check(
              CheckDefinition.of("db", () -> CheckResult.ok("db answered, run " + dbRuns.incrementAndGet()))
                  .groups("readiness"))
          .check(CheckDefinition.of("cache", () -> CheckResult.ok("cache warm")).groups("readiness"))
          .check(
              CheckDefinition.of("mail", () -> CheckResult.fail("mail server refused: 554")).groups("extra"))
          .build();

  public final HealthChecker overflowing =
      HealthChecker.builder()
          .check("db", () -> CheckResult.ok("db answered"))
          .clock(new OverflowingClock())
          .build();

  public final EnvironmentDump dump =
      EnvironmentDump.builder()
          .includeOs(false)
          .section("application", Map.of("maintainer", "ops@example.com", "api_token", "s3cr3t"))
          .build();

  /** A clock that overflows the stack when read. */
  private static final class OverflowingClock extends Clock {

    @Override
    public Instant instant() {
      throw new StackOverflowError();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
