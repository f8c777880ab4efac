package dev.healthcheck.runtime;

/**
 * A check's report together with its JSON, rendered at most once. A cached result is served to
 * every probe for up to 27 s, so its part of the body is written once, not once per probe.
 */
final class CheckOutcome {

  private final CheckReport report;
  private volatile String pyHealthcheckJson;

  CheckOutcome(CheckReport report) {
    this.report = report;
  }

  CheckReport report() {
    return report;
  }

  /** This result as an element of py-healthcheck's {@code results} array. */
  String pyHealthcheckJson() {
    String json = pyHealthcheckJson;
    if (json == null) {
      // Two threads may both render it; they render the same text, so the race is harmless.
      json = PyHealthcheckJson.renderResult(report);
      pyHealthcheckJson = json;
    }
    return json;
  }
}
