package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A check that throws, returns null or breaks in any way is a failed result, never an escape. */
class CheckFailureTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  private JsonNode onlyResult(CheckDefinition check) {
    HealthResponse response = HealthChecker.builder().clock(clock).check(check).build().run();
    assertEquals(500, response.status(), response.body());
    JsonNode body = Json.parse(response);
    assertEquals("failure", body.get("status").asText());
    JsonNode result = body.get("results").get(0);
    assertFalse(result.get("passed").asBoolean());
    return result;
  }

  @Test
  void thrownExceptionNamesItsClassAndMessage() {
    JsonNode result =
        onlyResult(CheckDefinition.of("db", () -> {
          throw new IOException("My exception");
        }));

    assertEquals("java.io.IOException: My exception", result.get("output").asText());
  }

  @Test
  void exceptionWithoutMessageStillNamesItsClass() {
    JsonNode result =
        onlyResult(CheckDefinition.of("npe", () -> {
          Map<String, String> missing = null;
          return CheckResult.ok(missing.get("explode"));
        }));

    assertTrue(result.get("output").asText().startsWith("java.lang.NullPointerException"),
        result.get("output").asText());
  }

  @Test
  void errorsAreFailedResultsToo() {
    JsonNode result =
        onlyResult(CheckDefinition.of("assert", () -> {
          throw new AssertionError("invariant broken");
        }));

    assertEquals("java.lang.AssertionError: invariant broken", result.get("output").asText());
  }

  @Test
  void nullResultIsAFailure() {
    JsonNode result = onlyResult(CheckDefinition.of("nothing", () -> null));

    assertEquals("returned null; a check must return a CheckResult", result.get("output").asText());
  }

  @Test
  void asyncCheckCompletingExceptionallyNamesTheCause() {
    JsonNode result =
        onlyResult(CheckDefinition.async("remote",
            () -> CompletableFuture.failedFuture(new IllegalStateException("remote down"))));

    assertEquals("java.lang.IllegalStateException: remote down", result.get("output").asText());
  }

  @Test
  void asyncCheckThrowingBeforeItStartsIsAFailure() {
    JsonNode result =
        onlyResult(CheckDefinition.async("remote", () -> {
          throw new IOException("cannot connect");
        }));

    assertEquals("java.io.IOException: cannot connect", result.get("output").asText());
  }

  @Test
  void asyncCheckReturningNullStageOrNullResultIsAFailure() {
    JsonNode nullStage = onlyResult(CheckDefinition.async("stage", () -> null));
    JsonNode nullResult =
        onlyResult(CheckDefinition.async("result", () -> CompletableFuture.completedFuture(null)));

    assertEquals("returned null; a check must return a CheckResult", nullStage.get("output").asText());
    assertEquals("returned null; a check must return a CheckResult", nullResult.get("output").asText());
  }

  @Test
  void credentialsInAnExceptionMessageAreMasked() {
    JsonNode result =
        onlyResult(CheckDefinition.of("db", () -> {
          throw new IOException(
              "cannot reach postgres://app:hunter2@db:5432/app nor jdbc:mysql://db/app?user=app&password=s3cr3t");
        }));

    String output = result.get("output").asText();
    assertFalse(output.contains("hunter2"), output);
    assertFalse(output.contains("s3cr3t"), output);
    assertTrue(output.contains("postgres://********@db:5432/app"), output);
    assertTrue(output.contains("password=********"), output);
  }

  @Test
  void secretsInAnOutputAreMaskedToo() {
    HealthResponse response =
        HealthChecker.builder()
            .clock(clock)
            .check("api", () -> CheckResult.ok(
                "reached https://deploy:ghp_abcdefghijklmnopqrstuvwxyz0123456789@api.github.com with token=abc123"))
            .build()
            .run();

    String output = Json.parse(response).get("results").get(0).get("output").asText();
    assertFalse(output.contains("ghp_"), output);
    assertFalse(output.contains("abc123"), output);
    assertTrue(output.contains("api.github.com"), output);
  }

  @Test
  void oneFailingCheckDoesNotHideTheOthers() {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check("before", () -> CheckResult.ok("fine"))
            .check("broken", () -> {
              throw new IllegalStateException("boom");
            })
            .check("after", () -> CheckResult.ok("fine too"))
            .build();

    JsonNode results = Json.parse(checker.run()).get("results");
    assertEquals(3, results.size());
    assertTrue(results.get(0).get("passed").asBoolean());
    assertFalse(results.get(1).get("passed").asBoolean());
    assertTrue(results.get(2).get("passed").asBoolean());
  }

  @Test
  void booleanResultsPassOrFailWithAnOutputThatSaysWhy() {
    assertEquals(CheckResult.ok(""), CheckResult.of(true));
    assertEquals(CheckResult.fail("returned false"), CheckResult.of(false));
    assertEquals("", new CheckResult(true, null).output());
  }
}
