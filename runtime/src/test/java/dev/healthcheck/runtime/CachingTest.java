package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** py-healthcheck's per-check cache: 27 s after a pass, 9 s after a failure, driven by the clock. */
class CachingTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicBoolean healthy = new AtomicBoolean(true);

  private HealthChecker.Builder counting() {
    return HealthChecker.builder()
        .clock(clock)
        .check("db", () -> {
          int call = calls.incrementAndGet();
          return healthy.get() ? CheckResult.ok("call " + call) : CheckResult.fail("call " + call);
        });
  }

  @Test
  void cachesSuccessForTwentySevenSeconds() {
    HealthChecker checker = counting().build();

    checker.run();
    clock.advance(Duration.ofSeconds(27));
    checker.run();
    assertEquals(1, calls.get(), "reused while expires >= now (inclusive, as py-healthcheck)");

    clock.advance(Duration.ofMillis(1));
    checker.run();
    assertEquals(2, calls.get());
  }

  @Test
  void cachesFailureForNineSeconds() {
    healthy.set(false);
    HealthChecker checker = counting().build();

    checker.run();
    clock.advance(Duration.ofSeconds(9));
    checker.run();
    assertEquals(1, calls.get());

    clock.advance(Duration.ofMillis(1));
    checker.run();
    assertEquals(2, calls.get());
  }

  @Test
  void failureAfterSuccessIsCachedWithTheFailedTtl() {
    HealthChecker checker = counting().build();
    checker.run();
    healthy.set(false);
    clock.advance(Duration.ofSeconds(28));

    HealthResponse failed = checker.run();
    assertEquals(500, failed.status());
    clock.advance(Duration.ofSeconds(9));
    assertEquals(500, checker.run().status());
    assertEquals(2, calls.get());
  }

  @Test
  void cachedResultKeepsItsOwnTimesWhileTheTopLevelTimestampIsFresh() {
    HealthChecker checker = counting().build();
    JsonNode first = Json.parse(checker.run());
    clock.advance(Duration.ofSeconds(5));

    JsonNode second = Json.parse(checker.run());
    JsonNode firstResult = first.get("results").get(0);
    JsonNode secondResult = second.get("results").get(0);
    assertEquals(firstResult.get("timestamp").asDouble(), secondResult.get("timestamp").asDouble());
    assertEquals(firstResult.get("expires").asDouble(), secondResult.get("expires").asDouble());
    assertEquals(firstResult.get("response_time").asText(), secondResult.get("response_time").asText());
    assertEquals("call 1", secondResult.get("output").asText());
    assertEquals(first.get("timestamp").asDouble() + 5, second.get("timestamp").asDouble(), 1e-9);
  }

  @Test
  void zeroTtlRunsEveryCallEvenWhenTheClockStandsStill() {
    HealthChecker checker =
        counting().successTtl(Duration.ZERO).failedTtl(Duration.ZERO).build();

    checker.run();
    checker.run();
    checker.run();
    assertEquals(3, calls.get());
  }

  @Test
  void nullTtlDisablesTheCacheAsInPyHealthcheck() {
    HealthChecker checker = counting().successTtl(null).failedTtl(null).build();

    JsonNode result = Json.parse(checker.run()).get("results").get(0);
    checker.run();
    assertEquals(2, calls.get());
    assertEquals(result.get("timestamp").asDouble(), result.get("expires").asDouble());
  }

  @Test
  void customTtlsApply() {
    HealthChecker checker = counting().successTtl(Duration.ofSeconds(2)).build();

    checker.run();
    clock.advance(Duration.ofSeconds(2));
    checker.run();
    clock.advance(Duration.ofSeconds(1));
    checker.run();
    assertEquals(2, calls.get());
  }

  @Test
  void runByNameSharesTheCacheWithRunOfAll() {
    HealthChecker checker = counting().build();

    JsonNode all = Json.parse(checker.run());
    JsonNode single = Json.parse(checker.run("db"));
    assertEquals(1, calls.get());
    assertEquals(
        all.get("results").get(0).get("timestamp").asDouble(),
        single.get("results").get(0).get("timestamp").asDouble());
  }

  @Test
  void eachCheckHasItsOwnCacheEntry() {
    AtomicInteger other = new AtomicInteger();
    HealthChecker checker =
        counting().check("other", () -> CheckResult.ok("other " + other.incrementAndGet())).build();

    checker.run("db");
    checker.run();
    assertEquals(1, calls.get());
    assertEquals(1, other.get());
    clock.advance(Duration.ofSeconds(28));
    checker.run("other");
    assertEquals(1, calls.get());
    assertEquals(2, other.get());
  }

  @Test
  void expiredResultIsReplacedByAFreshOne() {
    HealthChecker checker = counting().build();
    JsonNode first = Json.parse(checker.run()).get("results").get(0);
    clock.advance(Duration.ofSeconds(30));

    JsonNode second = Json.parse(checker.run()).get("results").get(0);
    assertEquals("call 2", second.get("output").asText());
    assertNotEquals(first.get("timestamp").asDouble(), second.get("timestamp").asDouble());
    assertEquals(second.get("timestamp").asDouble() + 27, second.get("expires").asDouble(), 1e-9);
  }
}
