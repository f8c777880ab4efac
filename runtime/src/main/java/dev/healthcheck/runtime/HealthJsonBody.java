package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body in the IETF draft "Health Check Response Format for HTTP APIs"
 * (draft-inadarei-api-health-check-06), served as {@code application/health+json}:
 *
 * <pre>{@code
 * {"status": "warn", "output": "failed: cache",
 *  "checks": {"db":    [{"componentId": "db", "status": "pass", "time": "2026-01-01T00:00:00Z",
 *                        "observedValue": 12.3, "observedUnit": "ms"}],
 *             "cache": [{"componentId": "cache", "status": "warn", "time": "...",
 *                        "output": "connection refused", "observedValue": 2.0, "observedUnit": "ms"}]},
 *  "version": "1.2"}
 * }</pre>
 *
 * <p>Keys follow the draft: a check's {@code status} is {@code fail} when a critical check failed
 * and {@code warn} when a non-critical one did; {@code output} is written only for fail and warn,
 * as the draft asks; {@code observedValue} is the check's response time in milliseconds, and
 * {@code time} when it ran, so a cached result shows its age. Sections are top-level keys, as in
 * py-healthcheck's body (a section named {@code version} fills the draft's field of that name).
 */
final class HealthJsonBody {

  private HealthJsonBody() {}

  static String render(HealthChecker.Collected collected) {
    List<CheckReport> reports = collected.reports();
    return JacksonSetup.write(256 + 192 * reports.size(), json -> {
      json.writeStartObject();
      json.writeStringField("status", status(collected.status()));
      List<String> failed = failedChecks(reports);
      if (!failed.isEmpty()) {
        json.writeStringField("output", "failed: " + String.join(", ", failed));
      }
      json.writeObjectFieldStart("checks");
      for (CheckReport result : reports) {
        json.writeArrayFieldStart(result.checker());
        writeCheck(json, result);
        json.writeEndArray();
      }
      json.writeEndObject();
      for (Map.Entry<String, SectionValue> section : collected.sections().entrySet()) {
        json.writeFieldName(section.getKey());
        json.writeRawValue(section.getValue().json());
      }
      json.writeEndObject();
    });
  }

  /** The status alone, for callers who may not see details: {@code {"status": "pass"}}. */
  static String statusOnly(HealthReport.Status status) {
    return "{\"status\": \"" + status(status) + "\"}";
  }

  static String status(HealthReport.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static void writeCheck(JsonGenerator json, CheckReport result) throws IOException {
    json.writeStartObject();
    json.writeStringField("componentId", result.checker());
    json.writeStringField("status", status(checkStatus(result)));
    json.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(result.timestamp()));
    if (!result.passed() && !result.output().isEmpty()) {
      json.writeStringField("output", result.output());
    }
    json.writeFieldName("observedValue");
    json.writeNumber(JsonNumbers.milliseconds(result.responseTime()));
    json.writeStringField("observedUnit", "ms");
    json.writeEndObject();
  }

  private static HealthReport.Status checkStatus(CheckReport result) {
    if (result.passed()) {
      return HealthReport.Status.PASS;
    }
    return result.critical() ? HealthReport.Status.FAIL : HealthReport.Status.WARN;
  }

  private static List<String> failedChecks(List<CheckReport> results) {
    List<String> failed = new ArrayList<>();
    for (CheckReport result : results) {
      if (!result.passed()) {
        failed.add(result.checker());
      }
    }
    return failed;
  }
}
