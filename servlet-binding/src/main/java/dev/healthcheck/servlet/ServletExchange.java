package dev.healthcheck.servlet;

import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.Endpoint;
import dev.healthcheck.runtime.http.EndpointRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/** Carries one servlet request through an {@link Endpoint}: the whole servlet binding. */
final class ServletExchange {

  private static final Logger LOGGER = System.getLogger("dev.healthcheck");

  private ServletExchange() {}

  /** Answers the request from the endpoint. */
  static void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      Endpoint endpoint,
      DetailsPolicy<? super HttpServletRequest> details)
      throws IOException {
    HealthResponse answer =
        endpoint.handle(
            new EndpointRequest(
                request.getMethod(),
                request.getPathInfo(),
                request.getQueryString(),
                accept(request),
                allows(details, request)));
    write(answer, request.getMethod().equals("HEAD"), response);
  }

  private static String accept(HttpServletRequest request) {
    var values = Collections.list(request.getHeaders("Accept"));
    return values.isEmpty() ? null : String.join(",", values);
  }

  /** A policy that throws refuses details: when in doubt, show less. */
  private static boolean allows(
      DetailsPolicy<? super HttpServletRequest> details, HttpServletRequest request) {
    try {
      return details.allows(request);
    } catch (RuntimeException broken) {
      LOGGER.log(Level.WARNING, "details policy failed; showing no details", broken);
      return false;
    }
  }

  /**
   * Writes bytes, not characters: a writer would make the container append a charset to
   * {@code application/json}, whose encoding is UTF-8 by definition (RFC 8259).
   */
  private static void write(HealthResponse answer, boolean head, HttpServletResponse response)
      throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    if (!head) {
      response.getOutputStream().write(body);
    }
  }
}
