package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What users' code can do wrong, and what the checker answers anyway. */
class RobustnessTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseBlockedSections() {
    release.countDown();
  }

  @Test
  void sectionThrowingAnErrorIsAnErrorEntryAndTheRestIsServed() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.ok("db ok"))
            .section("build", () -> {
              throw new NoClassDefFoundError("com/example/BuildInfo");
            })
            .section("version", "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("java.lang.NoClassDefFoundError: com/example/BuildInfo",
        body.get("build").get("error").asText());
    assertEquals("1.2", body.get("version").asText());
  }

  @Test
  void handlerThrowingAnErrorFallsBackToTheDefaultBody() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.ok("db ok"))
            .successHandler(report -> {
              throw new AssertionError("template broken");
            })
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    assertEquals("db ok", Json.parse(response).get("results").get(0).get("output").asText());
  }

  @Test
  void blockingSectionTimesOutAndTheResponseGoesOut() {
    AtomicInteger calls = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .timeout(Duration.ofMillis(200))
            .check("db", () -> CheckResult.ok("db ok"))
            .section("version", () -> {
              calls.incrementAndGet();
              awaitRelease();
              return "never";
            })
            .build();

    HealthResponse first = assertTimeoutPreemptively(BOUND, () -> checker.run());
    HealthResponse second = assertTimeoutPreemptively(BOUND, () -> checker.run());

    assertEquals(200, first.status());
    assertEquals("timed out after 200 ms", Json.parse(first).get("version").get("error").asText());
    assertEquals("db ok", Json.parse(second).get("results").get(0).get("output").asText());
    assertEquals("timed out after 200 ms", Json.parse(second).get("version").get("error").asText());
    assertTrue(calls.get() <= 1, "a blocked section is not started again while it runs: " + calls);
  }

  private void awaitRelease() {
    Uninterruptibly.await(release);
  }

  @Test
  void cachingForEverDoesNotOverflow() {
    AtomicInteger calls = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successTtl(ChronoUnit.FOREVER.getDuration())
            .check("db", () -> CheckResult.ok("call " + calls.incrementAndGet()))
            .build();

    assertEquals(200, checker.run().status());
    clock.advance(Duration.ofDays(365 * 100));
    HealthResponse later = checker.run();
    assertEquals(200, later.status());
    assertEquals("call 1", Json.parse(later).get("results").get(0).get("output").asText());
    assertEquals(Instant.MAX, checker.report().results().get(0).expires());
  }

  @Test
  void timeoutOfForeverDoesNotOverflow() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> CheckResult.ok("db ok")).timeoutMillis(Long.MAX_VALUE))
            .timeout(ChronoUnit.FOREVER.getDuration())
            .section("version", () -> "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status(), response.body());
    assertEquals("1.2", Json.parse(response).get("version").asText());
  }

  @Test
  void wallClockSteppedBackDoesNotFreezeTheCache() {
    AtomicInteger calls = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.fail("call " + calls.incrementAndGet()))
            .build();
    checker.run();

    clock.advance(Duration.ofHours(-1));
    checker.run();
    assertEquals(2, calls.get(), "a result from the future is not fresh");
  }

  @Test
  void checkOutsideTheGroupIsRefusedRatherThanCheckingNothing() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> CheckResult.ok("")).groups("readiness"))
            .check(CheckDefinition.of("heap", () -> CheckResult.ok("")).groups("liveness"))
            .build();

    HealthResponse response = checker.run(HealthQuery.named("readiness").include("heap"));
    assertEquals(404, response.status());
    assertEquals("check 'heap' is not in group 'readiness' (given as ?check=heap)",
        Json.parse(response).get("error").asText());
    assertEquals(200, checker.run(HealthQuery.named("readiness").include("db")).status());
  }

  @Test
  void addedSecretWordsApplyToOutputsAndSections() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .secretKeys("iban")
            .check("payout", () -> CheckResult.ok("paid to iban=DE89370400440532013000"))
            .section("account", () -> Map.of("iban", "DE89370400440532013000", "bank", "Example"))
            .build();

    String body = checker.run().body();
    assertFalse(body.contains("DE8937"), body);
    JsonNode parsed = Json.parse(body);
    assertEquals("********", parsed.get("account").get("iban").asText());
    assertEquals("Example", parsed.get("account").get("bank").asText());
  }

  @Test
  void debugLogOfAFailureHasItsSecretsMaskedToo() throws InterruptedException {
    Logger logger = Logger.getLogger("dev.healthcheck");
    Level level = logger.getLevel();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    CountDownLatch traced = new CountDownLatch(1);
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
        if (record.getThrown() != null) {
          traced.countDown();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    boolean parents = logger.getUseParentHandlers();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
    try {
      HealthChecker.builder()
          .clock(clock)
          .check("db", () -> {
            throw new IllegalStateException("cannot reach postgres://app:hunter2@db:5432/app",
                new RuntimeException("auth failed with password=hunter2"));
          })
          .build()
          .run();
      // The check's thread logs after it hands over the result.
      assertTrue(traced.await(10, TimeUnit.SECONDS), "the stack trace is logged");
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(parents);
      logger.setLevel(level);
    }

    for (LogRecord record : records) {
      assertFalse(String.valueOf(record.getMessage()).contains("hunter2"), record.getMessage());
      for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
        assertFalse(thrown.toString().contains("hunter2"), thrown.toString());
      }
    }
  }
}
