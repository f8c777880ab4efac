package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health+json draft's body, the status-only body, and content negotiation. */
class HealthJsonFormatTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00.250Z"));

  private HealthChecker checker(CheckResult db, CheckResult cache) {
    return HealthChecker.builder()
        .clock(clock)
        .check("db", () -> db)
        .check(CheckDefinition.of("cache", () -> cache).critical(false))
        .section("version", "1.2")
        .build();
  }

  private static HealthQuery healthJson() {
    return HealthQuery.all().format(HealthFormat.HEALTH_JSON);
  }

  @Test
  void passingBodyFollowsTheDraft() {
    HealthResponse response = checker(CheckResult.ok("db ok"), CheckResult.ok("warm")).run(healthJson());

    assertEquals(200, response.status());
    assertEquals("application/health+json", response.headers().get("Content-Type"));
    JsonNode body = Json.parse(response);
    assertEquals(List.of("status", "checks", "version"), Json.fieldNames(body));
    assertEquals("pass", body.get("status").asText());
    JsonNode db = body.get("checks").get("db").get(0);
    assertEquals(
        List.of("componentId", "status", "time", "observedValue", "observedUnit"), Json.fieldNames(db));
    assertEquals("db", db.get("componentId").asText());
    assertEquals("pass", db.get("status").asText());
    assertEquals("2026-01-01T00:00:00.250Z", db.get("time").asText());
    assertTrue(db.get("observedValue").isNumber());
    assertEquals("ms", db.get("observedUnit").asText());
    assertEquals("1.2", body.get("version").asText());
  }

  @Test
  void failedNonCriticalCheckIsWarnWithItsOutput() {
    HealthResponse response = checker(CheckResult.ok("db ok"), CheckResult.fail("cache down")).run(healthJson());

    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("warn", body.get("status").asText());
    assertEquals("failed: cache", body.get("output").asText());
    JsonNode cache = body.get("checks").get("cache").get(0);
    assertEquals("warn", cache.get("status").asText());
    assertEquals("cache down", cache.get("output").asText());
    assertFalse(body.get("checks").get("db").get(0).has("output"), "the draft omits output on pass");
  }

  @Test
  void failedCriticalCheckIsFailWithTheFailedStatus() {
    HealthResponse response = checker(CheckResult.fail("db down"), CheckResult.fail("cache down")).run(healthJson());

    assertEquals(500, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("fail", body.get("status").asText());
    assertEquals("failed: db, cache", body.get("output").asText());
    assertEquals("fail", body.get("checks").get("db").get(0).get("status").asText());
  }

  @Test
  void healthJsonKeepsCustomHeadersButNotTheirContentType() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successHeaders(Map.of("content-type", "text/plain", "X-Service", "billing"))
            .build();

    Map<String, String> headers = checker.run(healthJson()).headers();
    assertEquals(Map.of("Content-Type", "application/health+json", "X-Service", "billing"), headers);
  }

  @Test
  void bodyWithoutDetailsIsTheStatusAloneWithTheSameCode() {
    HealthChecker failing = checker(CheckResult.fail("db down"), CheckResult.ok(""));
    HealthChecker passing = checker(CheckResult.ok(""), CheckResult.ok(""));

    HealthResponse py = failing.run(HealthQuery.all().details(false));
    assertEquals(500, py.status());
    assertEquals("{\"status\": \"failure\"}", py.body());
    assertEquals("{\"status\": \"success\"}", passing.run(HealthQuery.all().details(false)).body());
    HealthResponse draft = failing.run(healthJson().details(false));
    assertEquals(500, draft.status());
    assertEquals("{\"status\": \"fail\"}", draft.body());
  }

  @Test
  void bodyHandlersDoNotApplyToHealthJson() {
    HealthChecker checker =
        HealthChecker.builder().clock(clock).successHandler(report -> "OK").build();

    assertEquals("OK", checker.run().body());
    assertEquals("pass", Json.parse(checker.run(healthJson())).get("status").asText());
  }

  @Test
  void sectionsMayNotTakeTheDraftsKeys() {
    for (String reserved : List.of("checks", "output", "links")) {
      assertThrows(
          IllegalArgumentException.class, () -> HealthChecker.builder().section(reserved, "x").build(), reserved);
    }
  }
}
