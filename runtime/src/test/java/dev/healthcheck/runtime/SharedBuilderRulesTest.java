package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker's and the dump's builders share their section rules and their engine: names are
 * refused at the same moment with the same words, and a dump's section runs as a health section
 * does, on a pool within a timeout.
 */
class SharedBuilderRulesTest {

  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseBlockedSections() {
    release.countDown();
  }

  @Test
  void bothBuildersRefuseAReservedSectionNameAtBuildInTheSameWords() {
    HealthChecker.Builder checker = HealthChecker.builder().section("status", "up");
    EnvironmentDump.Builder dump = EnvironmentDump.builder().section("os", "mine");

    String checkerRefusal = assertThrows(IllegalArgumentException.class, checker::build).getMessage();
    String dumpRefusal = assertThrows(IllegalArgumentException.class, dump::build).getMessage();

    assertTrue(checkerRefusal.startsWith("section name 'status' is "), checkerRefusal);
    assertTrue(dumpRefusal.startsWith("section name 'os' is "), dumpRefusal);
    assertTrue(dumpRefusal.endsWith("or turn the built-in off with includeOs(false)"), dumpRefusal);
  }

  @Test
  void bothBuildersRefuseADuplicateWhereItIsAdded() {
    assertEquals(
        assertThrows(IllegalArgumentException.class,
            () -> HealthChecker.builder().section("app", 1).section("app", 2)).getMessage(),
        assertThrows(IllegalArgumentException.class,
            () -> EnvironmentDump.builder().section("app", 1).section("app", 2)).getMessage());
  }

  @Test
  void aBlockingDumpSectionTimesOutAndTheDumpGoesOut() {
    AtomicInteger calls = new AtomicInteger();
    EnvironmentDump dump =
        EnvironmentDump.builder()
            .includeOs(false).includeJava(false).includeProcess(false)
            .timeout(Duration.ofMillis(200))
            .section("fine", "here")
            .section("stuck", () -> {
              calls.incrementAndGet();
              Uninterruptibly.await(release);
              return "never";
            })
            .build();

    JsonNode first = Json.parse(assertTimeoutPreemptively(Duration.ofSeconds(20), dump::run));
    JsonNode second = Json.parse(assertTimeoutPreemptively(Duration.ofSeconds(20), dump::run));

    assertEquals("here", first.get("fine").asText());
    assertEquals("timed out after 200 ms", first.get("stuck").get("error").asText());
    assertEquals("timed out after 200 ms", second.get("stuck").get("error").asText());
    assertTrue(calls.get() <= 1, "a blocked section is not started again while it runs: " + calls);
  }

  @Test
  void aDumpSectionThatSleepsIsInterruptedAtItsDeadline() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    EnvironmentDump dump =
        EnvironmentDump.builder()
            .includeOs(false).includeJava(false).includeProcess(false)
            .timeout(Duration.ofMillis(200))
            .section("sleepy", () -> {
              try {
                Thread.sleep(Duration.ofSeconds(30).toMillis());
              } catch (InterruptedException expected) {
                interrupted.countDown();
              }
              return "woke";
            })
            .build();

    dump.run();

    assertTrue(interrupted.await(20, java.util.concurrent.TimeUnit.SECONDS));
  }

  @Test
  void aDumpSectionNamedLikeASecretIsWithheldWithoutBeingComputed() {
    AtomicInteger calls = new AtomicInteger();
    EnvironmentDump dump =
        EnvironmentDump.builder()
            .includeOs(false).includeJava(false).includeProcess(false)
            .section("api_key", () -> calls.incrementAndGet())
            .build();

    assertEquals("********", Json.parse(dump.run()).get("api_key").asText());
    assertEquals(0, calls.get());
  }
}
