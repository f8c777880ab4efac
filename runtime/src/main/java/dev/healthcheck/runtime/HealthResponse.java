package dev.healthcheck.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * What a binding sends back: py-healthcheck's {@code (body, status, headers)} tuple.
 *
 * @param status the HTTP status code
 * @param headers the response headers, in order; unmodifiable
 * @param body the response body
 */
public record HealthResponse(int status, Map<String, String> headers, String body) {

  /**
   * Copies the headers, keeping their order, so the response cannot change after it is built.
   *
   * @param status the HTTP status code
   * @param headers the response headers, in order
   * @param body the body, already rendered
   */
  public HealthResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    headers = ResponseHeaders.frozen(headers);
  }
}
