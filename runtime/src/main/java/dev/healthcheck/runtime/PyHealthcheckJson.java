package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The default health body: py-healthcheck's JSON, key for key, so its users' monitors keep
 * working.
 *
 * <pre>{@code
 * {"hostname": "web1", "status": "failure", "timestamp": 1598022539.17,
 *  "results": [{"checker": "db", "output": "timeout", "passed": false,
 *               "timestamp": 1598022539.16, "expires": 1598022548.16, "response_time": 0.0123}],
 *  "version": "1.2"}
 * }</pre>
 *
 * <p>Written with Jackson's streaming generator: our own fields need no reflective mapping. A
 * non-critical check also carries {@code "critical": false}, which py-healthcheck has no notion of,
 * so that a reader can tell why a failed check left the status at {@code success}.
 */
final class PyHealthcheckJson {

  private PyHealthcheckJson() {}

  /**
   * Renders a throwaway report, so that loading Jackson's classes happens while the service
   * starts rather than on the first probe, which may be waiting on a check's deadline and has
   * 50 ms to spare.
   */
  static void warmUp() {
    Instant epoch = Instant.EPOCH;
    CheckReport check = new CheckReport("warm-up", "", true, true, epoch, epoch, Duration.ZERO);
    render(new HealthReport("localhost", HealthReport.Status.PASS, epoch, List.of(check), Map.of()));
  }

  /** The body for this report. */
  static String render(HealthReport report) {
    StringWriter out = new StringWriter(256 + 192 * report.results().size());
    try (JsonGenerator json = SectionJson.generator(out)) {
      json.writeStartObject();
      json.writeStringField("hostname", report.hostname());
      json.writeStringField("status", report.passed() ? "success" : "failure");
      json.writeFieldName("timestamp");
      json.writeNumber(JsonNumbers.epochSeconds(report.timestamp()));
      json.writeArrayFieldStart("results");
      for (CheckReport result : report.results()) {
        writeResult(json, result);
      }
      json.writeEndArray();
      for (Map.Entry<String, Object> section : report.sections().entrySet()) {
        json.writeFieldName(section.getKey());
        SectionJson.write(json, section.getValue());
      }
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException("a StringWriter does not fail", impossible);
    }
    return out.toString();
  }

  /** The status alone, for callers who may not see details: {@code {"status": "success"}}. */
  static String statusOnly(HealthReport report) {
    return report.passed() ? "{\"status\":\"success\"}" : "{\"status\":\"failure\"}";
  }

  private static void writeResult(JsonGenerator json, CheckReport result) throws IOException {
    json.writeStartObject();
    json.writeStringField("checker", result.checker());
    json.writeStringField("output", result.output());
    json.writeBooleanField("passed", result.passed());
    if (!result.critical()) {
      json.writeBooleanField("critical", false);
    }
    json.writeFieldName("timestamp");
    json.writeNumber(JsonNumbers.epochSeconds(result.timestamp()));
    json.writeFieldName("expires");
    json.writeNumber(JsonNumbers.epochSeconds(result.expires()));
    json.writeFieldName("response_time");
    json.writeNumber(JsonNumbers.seconds(result.responseTime()));
    json.writeEndObject();
  }
}
