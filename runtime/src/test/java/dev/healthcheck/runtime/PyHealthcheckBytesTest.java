package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default body is byte for byte what py-healthcheck writes for the same results. The goldens
 * are Python's own output: {@code golden/PyHealthcheckBytesTest/json_dumps.py} renders the same
 * results with {@code json.dumps}, as py-healthcheck's handlers do (run it to refresh them; this
 * test needs no Python).
 */
class PyHealthcheckBytesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00.250Z");
  private static final SecretMasker MASKER = SecretMasker.of(SecretKeys.DEFAULT);

  @Test
  void failureWithSectionsIsWhatJsonDumpsWrites() throws IOException {
    Map<String, Object> build = new LinkedHashMap<>();
    build.put("commit", "abc123");
    build.put("tags", List.of("a", "b"));
    build.put("empty", Map.of());
    build.put("none", List.of());
    build.put("n", 7);
    build.put("flag", true);
    build.put("nothing", null);
    Map<String, SectionValue> sections = new LinkedHashMap<>();
    sections.put("version", SectionValue.of("1.2", MASKER));
    sections.put("build", SectionValue.of(build, MASKER));
    List<CheckOutcome> results =
        List.of(
            result("db",
                "refused: caf\u00e9 \u65e5\u672c \uD83D\uDE00 tab\there \"quoted\" back\\slash del\u007f nl\nend /path",
                false, "2025-12-31T23:59:59.500Z", Duration.ofSeconds(9), Duration.ofNanos(12_300_000)),
            result("cache", "ok", true, "2025-12-31T23:59:50.125Z", Duration.ofSeconds(27), Duration.ofMillis(1500)));

    String body =
        PyHealthcheckJson.render(new HealthChecker.Collected("web-1", HealthReport.Status.FAIL, NOW, results, sections));

    assertEquals(golden("failureWithSectionsIsWhatJsonDumpsWrites"), body);
  }

  @Test
  void successWithNoChecksIsWhatJsonDumpsWrites() throws IOException {
    String body =
        PyHealthcheckJson.render(
            new HealthChecker.Collected("web-1", HealthReport.Status.PASS, NOW, List.of(), Map.of()));

    assertEquals(golden("successWithNoChecksIsWhatJsonDumpsWrites"), body);
  }

  @Test
  void contentMatchWrittenForPyHealthcheckMatchesEveryDefaultBody() {
    HealthChecker checker = HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build();

    // check_http -s '"status": "success"', against the full body, a cached one and the status alone.
    assertTrue(checker.run().body().contains("\"status\": \"success\""));
    assertTrue(checker.run().body().contains("\"status\": \"success\""));
    assertEquals("{\"status\": \"success\"}", checker.run(HealthQuery.all().details(false)).body());
  }

  /** A critical check's result that finished at {@code timestamp} and is cached for {@code ttl}. */
  private static CheckOutcome result(
      String checker, String output, boolean passed, String timestamp, Duration ttl, Duration took) {
    Instant finished = Instant.parse(timestamp);
    return new CheckOutcome(new CheckReport(checker, output, passed, true, finished, finished.plus(ttl), took));
  }

  private static String golden(String method) throws IOException {
    String path = "/golden/PyHealthcheckBytesTest/" + method + "/body.json";
    try (InputStream in = PyHealthcheckBytesTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
