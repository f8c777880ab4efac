package dev.healthcheck.runtime;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The status, headers and body handler of one kind of health response: success or failure.
 *
 * @param status the HTTP status
 * @param headers the headers of py-healthcheck's body
 * @param healthJsonHeaders the same headers with health+json's {@code Content-Type}
 * @param htmlHeaders the same headers for the HTML status page
 * @param handler renders py-healthcheck's body; {@code null} renders it ourselves, from the
 *     cached results' own JSON
 * @param masker what masks the log line of a handler that fails
 */
record ResponseKind(
    int status,
    Map<String, String> headers,
    Map<String, String> healthJsonHeaders,
    Map<String, String> htmlHeaders,
    Function<HealthReport, String> handler,
    SecretMasker masker) {

  ResponseKind(
      int status, Map<String, String> headers, Function<HealthReport, String> handler, SecretMasker masker) {
    this(
        status,
        headers,
        ResponseHeaders.withContentType(headers, HealthFormat.HEALTH_JSON.mediaType()),
        HtmlStatusPage.headers(headers),
        handler,
        masker);
  }

  /**
   * The response in the query's format. The body handlers render py-healthcheck's format only:
   * health+json is a standard shape, and the HTML page a view of the report, so they are ours.
   */
  HealthResponse respond(HealthChecker.Collected collected, HealthQuery query) {
    if (query.format() == HealthFormat.HTML) {
      return new HealthResponse(status, htmlHeaders, HtmlStatusPage.render(collected.report(), query.details()));
    }
    if (query.format() == HealthFormat.HEALTH_JSON) {
      String body =
          query.details()
              ? HealthJsonBody.render(collected)
              : HealthJsonBody.statusOnly(collected.status());
      return new HealthResponse(status, healthJsonHeaders, body);
    }
    String body;
    if (!query.details()) {
      body = PyHealthcheckJson.statusOnly(collected.status());
    } else if (handler == null) {
      body = PyHealthcheckJson.render(collected);
    } else {
      body = handled(collected);
    }
    return new HealthResponse(status, headers, body);
  }

  /** The handler's body; a handler that fails is logged and replaced by the default body. */
  private String handled(HealthChecker.Collected collected) {
    return Failures.guarded(
        () -> Objects.requireNonNull(handler.apply(collected.report()), "the body handler returned null"),
        broken -> {
          masker.log(Level.ERROR, "health body handler failed; answering with the default body", broken);
          return PyHealthcheckJson.render(collected);
        });
  }
}
