package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Every option of the builder, with py-healthcheck's defaults, and the errors it refuses with. */
class HealthCheckerOptionsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  private HealthChecker.Builder passing() {
    return HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("db ok"));
  }

  private HealthChecker.Builder failing() {
    return HealthChecker.builder().clock(clock).check("db", () -> CheckResult.fail("db down"));
  }

  @Test
  void successAndFailedStatusesAreConfigurable() {
    assertEquals(299, passing().successStatus(299).build().run().status());
    assertEquals(503, failing().failedStatus(503).build().run().status());
  }

  @Test
  void givenHeadersReplaceTheDefaultOnes() {
    Map<String, String> success = Map.of("Content-Type", "text/plain", "X-Health", "ok");
    Map<String, String> failed = Map.of("X-Health", "broken");

    assertEquals(success, passing().successHeaders(success).build().run().headers());
    assertEquals(failed, failing().failedHeaders(failed).build().run().headers());
  }

  @Test
  void emptyOrNullHeadersMeanTheDefaultAsInPyHealthcheck() {
    Map<String, String> json = Map.of("Content-Type", "application/json");

    assertEquals(json, passing().successHeaders(Map.of()).build().run().headers());
    assertEquals(json, failing().failedHeaders(null).build().run().headers());
  }

  @Test
  void bodyHandlersRenderTheBody() {
    HealthChecker checker =
        passing()
            .successHandler(report -> "OK " + report.results().size())
            .failedHandler(report -> "NOT OK")
            .build();

    assertEquals("OK 1", checker.run().body());
    assertEquals("NOT OK",
        failing().failedHandler(report -> "NOT OK").build().run().body());
  }

  @Test
  void handlerThatThrowsFallsBackToTheDefaultBody() {
    HealthResponse response =
        passing()
            .successHandler(report -> {
              throw new IllegalStateException("template missing");
            })
            .build()
            .run();

    assertEquals(200, response.status());
    assertEquals("success", Json.parse(response).get("status").asText());
  }

  @Test
  void runByGroupRunsOnlyThatGroup() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> CheckResult.ok("")).groups("readiness"))
            .check(CheckDefinition.of("ping", () -> CheckResult.ok("")).groups("liveness", "readiness"))
            .check(CheckDefinition.of("disk", () -> CheckResult.fail("full")))
            .build();

    HealthResponse readiness = checker.run("readiness");
    assertEquals(200, readiness.status());
    JsonNode results = Json.parse(readiness).get("results");
    assertEquals(2, results.size());
    assertEquals("db", results.get(0).get("checker").asText());
    assertEquals("ping", results.get(1).get("checker").asText());
    assertEquals(1, Json.parse(checker.run("liveness")).get("results").size());
    assertEquals(500, checker.run().status());
    assertEquals(List.of("readiness", "liveness"), List.copyOf(checker.groups()));
  }

  @Test
  void runByCheckNameRunsThatCheckAlone() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("check_that_works", () -> CheckResult.ok("works"))
            .check("check_that_fails", () -> {
              throw new IllegalStateException("broken");
            })
            .build();

    HealthResponse response = checker.run("check_that_works");
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("success", body.get("status").asText());
    assertEquals(1, body.get("results").size());
  }

  @Test
  void unknownNameIs404WithAJsonErrorListingWhatExists() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> CheckResult.ok("")).groups("readiness"))
            .build();

    HealthResponse response = checker.run("zzz");
    assertEquals(404, response.status());
    assertEquals("application/json", response.headers().get("Content-Type"));
    JsonNode body = Json.parse(response);
    assertEquals("no check or group named 'zzz'", body.get("error").asText());
    assertEquals("db", body.get("checks").get(0).asText());
    assertEquals("readiness", body.get("groups").get(0).asText());
    assertThrows(NoSuchElementException.class, () -> checker.report(HealthQuery.named("zzz")));
  }

  @Test
  void unknownNameWithoutDetailsDoesNotListWhatExists() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> CheckResult.ok("")).groups("readiness"))
            .build();

    HealthResponse response = checker.run(HealthQuery.named("zzz").details(false));
    assertEquals(404, response.status());
    JsonNode body = Json.parse(response);
    assertEquals(List.of("error"), Json.fieldNames(body));
    assertEquals("no check or group named 'zzz'", body.get("error").asText());
  }

  @Test
  void includeAndExcludeNarrowTheSelection() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("a", () -> CheckResult.ok(""))
            .check("b", () -> CheckResult.fail("b down"))
            .check("c", () -> CheckResult.ok(""))
            .build();

    HealthResponse withoutB = checker.run(HealthQuery.all().exclude("b"));
    assertEquals(200, withoutB.status());
    assertEquals(2, Json.parse(withoutB).get("results").size());
    HealthResponse onlyC = checker.run(HealthQuery.all().include("c"));
    assertEquals("c", Json.parse(onlyC).get("results").get(0).get("checker").asText());
    assertEquals(1, Json.parse(onlyC).get("results").size());
    assertEquals(404, checker.run(HealthQuery.all().exclude("nope")).status());
    assertEquals(404, checker.run(HealthQuery.all().include("nope")).status());
  }

  @Test
  void duplicateCheckNamesAreRefused() {
    HealthChecker.Builder builder = passing().check("db", () -> CheckResult.ok("again"));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "check name 'db' is registered twice; give one of them another name", refused.getMessage());
  }

  @Test
  void groupWithTheNameOfACheckIsRefused() {
    HealthChecker.Builder builder =
        passing().check(CheckDefinition.of("ping", () -> CheckResult.ok("")).groups("db"));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(refused.getMessage().startsWith("group 'db' has the name of a check"), refused.getMessage());
  }

  @Test
  void sectionNamesAreCheckedWhereTheyAreAddedAndReservedOnesAtBuild() {
    HealthChecker.Builder builder = passing().section("version", "1.2");

    assertEquals("The name \"version\" is already taken.",
        assertThrows(IllegalArgumentException.class, () -> builder.section("version", () -> "1.3"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.section("bad name", "x"));
    // Reserved names are refused by build(), as EnvironmentDump refuses a built-in's name.
    builder.section("status", "up");
    assertEquals("section name 'status' is a key of the health body itself; choose another name",
        assertThrows(IllegalArgumentException.class, builder::build).getMessage());
  }

  @Test
  void badNamesAndValuesAreRefusedWithTheReason() {
    assertEquals(
        "check name 'has space' is not valid; use a non-empty name made of letters, digits, '_', '-' and '.'",
        assertThrows(IllegalArgumentException.class,
            () -> CheckDefinition.of("has space", () -> CheckResult.ok(""))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CheckDefinition.of("", () -> CheckResult.ok("")));
    assertThrows(IllegalArgumentException.class,
        () -> CheckDefinition.of("db", () -> CheckResult.ok("")).groups("a/b"));
    assertThrows(IllegalArgumentException.class,
        () -> CheckDefinition.of("db", () -> CheckResult.ok("")).timeoutMillis(0));
    assertThrows(IllegalArgumentException.class, () -> HealthChecker.builder().successTtl(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> HealthChecker.builder().failedStatus(42));
    assertThrows(IllegalArgumentException.class, () -> HealthChecker.builder().timeout(Duration.ZERO));
  }

  @Test
  void checkDefinitionsCarryGroupsTimeoutAndCriticality() {
    CheckDefinition check =
        CheckDefinition.of("db", () -> CheckResult.ok(""))
            .groups("readiness", "startup")
            .timeoutMillis(500)
            .critical(false);

    assertEquals(List.of("readiness", "startup"), List.copyOf(check.groups()));
    assertEquals(Duration.ofMillis(500), check.timeout());
    assertEquals(false, check.critical());
    assertEquals(null, check.timeoutMillis(-1).timeout());
  }

  /** A registry written by hand, as a user without the processor could. */
  static final class HandWrittenRegistry implements HealthRegistry {
    @Override
    public List<CheckDefinition> checks() {
      return List.of(
          CheckDefinition.of("first", () -> CheckResult.ok("1")),
          CheckDefinition.of("second", () -> CheckResult.ok("2")));
    }
  }

  @Test
  void checksOfRegistriesAndTheBuilderKeepTheOrderTheyWereAddedIn() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("zero", () -> CheckResult.ok("0"))
            .registry(new HandWrittenRegistry())
            .check("third", () -> CheckResult.ok("3"))
            .build();

    assertEquals(List.of("zero", "first", "second", "third"),
        checker.checks().stream().map(CheckDefinition::name).toList());
    assertEquals(2, HealthChecker.of(new HandWrittenRegistry()).report().results().size());
  }

  @Test
  void discoverFindsRegistriesThroughTheirServiceFile() {
    List<HealthRegistry> found = HealthRegistry.discover();

    assertEquals(1, found.size());
    assertTrue(found.get(0) instanceof DiscoverableRegistry);
    assertEquals("discovered", HealthChecker.of(found.toArray(HealthRegistry[]::new))
        .report().results().get(0).checker());
  }

  @Test
  void reportGivesJavaCallersTheStructuredResult() {
    HealthReport report = passing().section("version", "1.2").build().report();

    assertTrue(report.passed());
    assertEquals(HealthReport.Status.PASS, report.status());
    assertEquals(clock.instant(), report.timestamp());
    assertEquals("db ok", report.results().get(0).output());
    assertEquals(clock.instant().plusSeconds(27), report.results().get(0).expires());
    assertEquals("1.2", report.sections().get("version"));
  }
}
