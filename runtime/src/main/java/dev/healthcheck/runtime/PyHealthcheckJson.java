package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
 * <p>Byte for byte what py-healthcheck's {@code json.dumps} writes for the same results: its key
 * order, its separators ({@code ", "}, {@code ": "}) and its escapes ({@link JsonDumpsStyle}), so
 * a monitor that matches the text ({@code check_http -s '"status": "success"'}) keeps matching.
 * Two differences stay, both outside what monitors match: numbers have at most six fraction
 * digits and never an exponent (Python writes a response time under 0.1 ms as {@code 2e-06}),
 * and a non-critical check also carries {@code "critical": false}, which py-healthcheck has no notion of,
 * so that a reader can tell why a failed check left the status at {@code success}.
 */
final class PyHealthcheckJson {

  private PyHealthcheckJson() {}

  /**
   * Renders a throwaway body, so that loading Jackson's classes happens while the service starts
   * rather than on the first probe, which may be waiting on a check's deadline and has 50 ms to
   * spare.
   */
  static void warmUp() {
    Instant epoch = Instant.EPOCH;
    CheckReport check = new CheckReport("warm-up", "", true, true, epoch, epoch, Duration.ZERO);
    render(new HealthChecker.Collected("localhost", HealthReport.Status.PASS, epoch,
        List.of(new CheckOutcome(check)), Map.of()));
  }

  /**
   * The body of one run, assembled from parts that are already JSON: each result's JSON is
   * written once per result, each section's once per run, so a probe served from the cache
   * renders nothing but the top-level timestamp. Joined with a {@code StringJoiner}, which sizes
   * the body once and copies each part once (a {@code StringBuilder} copies the body again in
   * {@code toString}; a {@code JsonGenerator} costs more to set up than the whole assembly).
   */
  static String render(HealthChecker.Collected collected) {
    String prefix =
        "{\"hostname\": " + quotedHostname(collected.hostname())
            + (collected.status() == HealthReport.Status.FAIL
                ? ", \"status\": \"failure\", \"timestamp\": "
                : ", \"status\": \"success\", \"timestamp\": ")
            + JsonNumbers.epochSeconds(collected.timestamp())
            + ", \"results\": [";
    StringJoiner body = new StringJoiner(JsonDumpsStyle.ITEM, prefix, suffix(collected.sections()));
    for (CheckOutcome result : collected.results()) {
      body.add(result.pyHealthcheckJson());
    }
    return body.toString();
  }

  /** The end of the body: the sections, which py-healthcheck merges in at the top level. */
  private static String suffix(Map<String, SectionValue> sections) {
    if (sections.isEmpty()) {
      return "]}";
    }
    StringBuilder suffix = new StringBuilder("]");
    for (Map.Entry<String, SectionValue> section : sections.entrySet()) {
      // Section names are letters, digits, '_', '-' and '.': nothing to escape.
      suffix.append(", \"").append(section.getKey()).append("\": ").append(section.getValue().json());
    }
    return suffix.append('}').toString();
  }

  /** The host name does not change, so its JSON string is kept. */
  private static volatile String[] lastHostname = {"", "\"\""};

  private static String quotedHostname(String text) {
    String[] last = lastHostname;
    if (last[0].equals(text)) {
      return last[1];
    }
    String quoted = JacksonSetup.write(text.length() + 2, json -> json.writeString(text));
    lastHostname = new String[] {text, quoted};
    return quoted;
  }

  /** One element of the {@code results} array. */
  static String renderResult(CheckReport result) {
    return JacksonSetup.write(160 + result.output().length(), json -> writeResult(json, result));
  }

  /** The status alone, for callers who may not see details: {@code {"status": "success"}}. */
  static String statusOnly(HealthReport.Status status) {
    return status == HealthReport.Status.FAIL ? "{\"status\": \"failure\"}" : "{\"status\": \"success\"}";
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
