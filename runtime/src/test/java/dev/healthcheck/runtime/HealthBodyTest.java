package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The default body, key by key, against py-healthcheck's reference. */
class HealthBodyTest {

  private static final Instant NOW = Instant.parse("2020-08-21T15:08:59.170Z");

  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void noChecksIsSuccessWithEmptyResults() {
    HealthResponse response = HealthChecker.builder().clock(clock).build().run();

    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("success", body.get("status").asText());
    assertTrue(body.get("results").isArray());
    assertEquals(0, body.get("results").size());
  }

  @Test
  void topLevelKeysAreThoseOfPyHealthcheckInItsOrder() {
    HealthResponse response =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("db ok")).build().run();

    JsonNode body = Json.parse(response);
    assertEquals(List.of("hostname", "status", "timestamp", "results"), Json.fieldNames(body));
    assertEquals(Hostname.get(), body.get("hostname").asText());
    assertFalse(body.get("hostname").asText().isEmpty());
    assertEquals("success", body.get("status").asText());
    assertEquals(1598022539.17, body.get("timestamp").asDouble(), 1e-9);
  }

  @Test
  void resultKeysAreThoseOfPyHealthcheckInItsOrder() {
    HealthResponse response =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("db ok")).build().run();

    JsonNode result = Json.parse(response).get("results").get(0);
    assertEquals(
        List.of("checker", "output", "passed", "timestamp", "expires", "response_time"),
        Json.fieldNames(result));
    assertEquals("db", result.get("checker").asText());
    assertEquals("db ok", result.get("output").asText());
    assertTrue(result.get("passed").isBoolean());
    assertTrue(result.get("passed").asBoolean());
    assertEquals(1598022539.17, result.get("timestamp").asDouble(), 1e-9);
    assertEquals(1598022539.17 + 27, result.get("expires").asDouble(), 1e-9);
    assertTrue(result.get("response_time").isNumber());
    assertTrue(result.get("response_time").asDouble() >= 0);
    assertTrue(result.get("response_time").asDouble() < 10);
  }

  @Test
  void failureBodyIsFailureWithFailedTtlExpiry() {
    HealthResponse response =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.fail("timeout")).build().run();

    assertEquals(500, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("failure", body.get("status").asText());
    JsonNode result = body.get("results").get(0);
    assertFalse(result.get("passed").asBoolean());
    assertEquals("timeout", result.get("output").asText());
    assertEquals(1598022539.17 + 9, result.get("expires").asDouble(), 1e-9);
  }

  @Test
  void timestampsArePlainDecimalsNeverExponents() {
    String body =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("")).build().run().body();

    assertTrue(body.contains("\"timestamp\": 1598022539.17,"), body);
    assertTrue(body.contains("\"expires\": 1598022566.17,"), body);
    assertNumbersArePlainDecimals(body);
  }

  @Test
  void noExponentCheckReadsTheNumericFieldsOnly() {
    // A Docker-style host name reads as a number with an exponent; it is text, not a number.
    assertNumbersArePlainDecimals(
        "{\"hostname\": \"4e51c0d2b7a1\", \"status\": \"success\", \"timestamp\": 1598022539.17, "
            + "\"results\": [{\"checker\": \"db\", \"output\": \"1e5 rows\", \"passed\": true, "
            + "\"timestamp\": 1598022539.17, \"expires\": 1598022566.17, \"response_time\": 0.000002}]}");
    assertThrows(AssertionError.class, () -> assertNumbersArePlainDecimals("{\"response_time\": 2e-06}"));
  }

  /** Every time and duration of a body is a plain decimal: digits, a point, digits. */
  private static void assertNumbersArePlainDecimals(String body) {
    Matcher number = NUMERIC_FIELD.matcher(body);
    int found = 0;
    while (number.find()) {
      found++;
      assertTrue(number.group(2).matches("\\d+\\.\\d+"), number.group() + " in " + body);
    }
    assertTrue(found > 0, body);
  }

  private static final Pattern NUMERIC_FIELD =
      Pattern.compile("\"(timestamp|expires|response_time)\":\\s*([^,}\\]\\s]+)");

  @Test
  void resultsKeepRegistrationOrder() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("zeta", () -> CheckResult.ok(""))
            .check("alpha", () -> CheckResult.ok(""))
            .check("mid", () -> CheckResult.ok(""))
            .build();

    JsonNode results = Json.parse(checker.run()).get("results");
    assertEquals("zeta", results.get(0).get("checker").asText());
    assertEquals("alpha", results.get(1).get("checker").asText());
    assertEquals("mid", results.get(2).get("checker").asText());
  }

  @Test
  void sectionsAreTopLevelKeysAfterResultsOnSuccess() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("works", () -> CheckResult.ok("ok"))
            .section("custom", () -> "My custom section")
            .section("version", "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals(
        List.of("hostname", "status", "timestamp", "results", "custom", "version"),
        Json.fieldNames(body));
    assertEquals("My custom section", body.get("custom").asText());
    assertEquals("1.2", body.get("version").asText());
  }

  @Test
  void sectionsStayOnFailure() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("broken", () -> {
              throw new IllegalStateException("boom");
            })
            .section("custom", () -> "My custom section")
            .section("version", "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(500, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("My custom section", body.get("custom").asText());
    assertEquals("1.2", body.get("version").asText());
  }

  @Test
  void sectionsAreComputedOnEveryCall() {
    int[] calls = {0};
    HealthChecker checker =
        HealthChecker.builder().clock(clock).section("calls", () -> ++calls[0]).build();

    checker.run();
    JsonNode second = Json.parse(checker.run());
    assertEquals(2, second.get("calls").asInt());
  }

  @Test
  void sectionValuesCanBeStructured() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .section("application", () -> Map.of("maintainer", "Luis", "ports", List.of(80, 443)))
            .section("nothing", () -> null)
            .build();

    JsonNode body = Json.parse(checker.run());
    assertEquals("Luis", body.get("application").get("maintainer").asText());
    assertEquals(443, body.get("application").get("ports").get(1).asInt());
    assertTrue(body.get("nothing").isNull());
  }

  @Test
  void throwingSectionBecomesAnErrorEntryAndTheRestIsServed() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("works", () -> CheckResult.ok("ok"))
            .section("broken", () -> {
              throw new IllegalStateException("no version file");
            })
            .section("version", "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals(
        "java.lang.IllegalStateException: no version file", body.get("broken").get("error").asText());
    assertEquals("1.2", body.get("version").asText());
  }

  /** A value Jackson cannot write: a getter that throws. */
  public static final class Unwritable {
    public String getValue() {
      throw new UnsupportedOperationException("cannot read value");
    }
  }

  @Test
  void unwritableSectionBecomesAnErrorEntryAndTheRestIsServed() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .section("odd", () -> new Unwritable())
            .section("version", "1.2")
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertTrue(body.get("odd").get("error").asText().contains("cannot read value"), body.toString());
    assertEquals("1.2", body.get("version").asText());
  }

  @Test
  void sectionNamedLikeASecretIsWithheldWithoutBeingComputed() {
    int[] calls = {0};
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .section("api_key", () -> {
              calls[0]++;
              return "sk_live_abcdefghijklmnop";
            })
            .build();

    String body = checker.run().body();
    assertEquals("********", Json.parse(body).get("api_key").asText());
    assertFalse(body.contains("sk_live"), body);
    assertEquals(0, calls[0]);
  }

  @Test
  void nonAsciiIsEscapedAsPyHealthcheckDoes() {
    String body =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.ok("caf\u00e9 \u2713"))
            .build()
            .run()
            .body();

    assertTrue(body.contains("caf\\u00e9 \\u2713"), body);
    assertEquals("caf\u00e9 \u2713", Json.parse(body).get("results").get(0).get("output").asText());
  }

  @Test
  void failedNonCriticalCheckKeepsStatusSuccessAndSaysItIsNotCritical() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.ok("ok"))
            .check(CheckDefinition.of("cache", () -> CheckResult.fail("cache down")).critical(false))
            .build();

    HealthResponse response = checker.run();
    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals("success", body.get("status").asText());
    JsonNode cache = body.get("results").get(1);
    assertFalse(cache.get("passed").asBoolean());
    assertFalse(cache.get("critical").asBoolean());
    assertFalse(body.get("results").get(0).has("critical"));
    assertEquals(HealthReport.Status.WARN, checker.report().status());
  }

  @Test
  void failedCriticalCheckFailsEvenBesideNonCriticalOnes() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("db", () -> CheckResult.fail("down"))
            .check(CheckDefinition.of("cache", () -> CheckResult.fail("cache down")).critical(false))
            .build();

    assertEquals(500, checker.run().status());
    assertEquals(HealthReport.Status.FAIL, checker.report().status());
  }

  @Test
  void defaultContentTypeIsJson() {
    HealthChecker checker = HealthChecker.builder().clock(clock).build();

    assertEquals(Map.of("Content-Type", "application/json"), checker.run().headers());
  }
}
