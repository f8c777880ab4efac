package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.SecretMasker;

/**
 * Answers HTTP requests for one resource, whatever server carries them. Part of the binding SPI,
 * for writing a binding to another server: {@link HealthEndpoint} and {@link EnvironmentEndpoint}
 * are the implementations; a binding turns its server's request into an {@link EndpointRequest}
 * and writes the {@link HealthResponse} back (see the package documentation).
 */
public interface Endpoint {

  /**
   * The status, headers and body to send. For {@code HEAD} the binding sends the status and
   * headers and leaves the body out.
   *
   * <p>Never throws, whatever the request, with one exception: a {@link VirtualMachineError}
   * (out of memory, stack overflow) is rethrown, because the JVM may be unfit to go on. A binding
   * that catches one answers {@link #internalError()}, if it still can, and then rethrows it.
   *
   * @param request the request
   * @return the response to send
   */
  HealthResponse handle(EndpointRequest request);

  /**
   * What masks the secrets in what a binding logs about this endpoint's requests (a details
   * policy that failed): the masker of the checker's or dump's configuration.
   *
   * @return the masker of the checker's or dump's configuration
   */
  SecretMasker secretMasker();

  /**
   * The JSON 500 the endpoints answer when they fail: what a binding sends when {@link #handle}
   * throws a {@link VirtualMachineError}. Built in advance, so sending it needs no new memory for
   * the response itself.
   *
   * @return the 500 response
   */
  static HealthResponse internalError() {
    return ErrorResponses.internalError();
  }
}
