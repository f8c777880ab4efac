package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;

/**
 * Answers HTTP requests for one resource, whatever server carries them. Implementations never
 * throw: every request, however malformed, gets a JSON answer.
 */
@FunctionalInterface
public interface Endpoint {

  /**
   * The status, headers and body to send. For {@code HEAD} the binding sends the status and
   * headers and leaves the body out.
   */
  HealthResponse handle(EndpointRequest request);
}
