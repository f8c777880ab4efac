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
import java.util.Enumeration;

/** Carries one servlet request through an {@link Endpoint}: the whole servlet binding. */
final class ServletExchange {

  private static final Logger LOGGER = System.getLogger("dev.healthcheck");

  private ServletExchange() {}

  /**
   * Answers the request from the endpoint. A {@link VirtualMachineError} from the policy or the
   * endpoint is rethrown once the answer is flushed (see {@link Endpoint#handle}), so the
   * container sees it, and the caller still gets JSON rather than the container's error page.
   */
  static void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      Endpoint endpoint,
      DetailsPolicy<? super HttpServletRequest> details)
      throws IOException {
    VirtualMachineError fatal = null;
    boolean detailsAllowed = false;
    try {
      detailsAllowed = allows(details, request);
    } catch (VirtualMachineError policyFailed) {
      fatal = policyFailed;
    }
    HealthResponse answer;
    try {
      answer = endpoint.handle(request(request, detailsAllowed));
    } catch (VirtualMachineError endpointFailed) {
      fatal = fatal == null ? endpointFailed : fatal;
      answer = Endpoint.internalError();
    }
    write(answer, request.getMethod().equals("HEAD"), response);
    if (fatal != null) {
      response.flushBuffer(); // a container may drop what is still buffered when the error reaches it
      throw fatal;
    }
  }

  private static EndpointRequest request(HttpServletRequest request, boolean detailsAllowed) {
    return new EndpointRequest(
        request.getMethod(), request.getPathInfo(), request.getQueryString(), accept(request), detailsAllowed);
  }

  /**
   * Every {@code Accept} line, joined with commas as RFC 9110 allows. Most requests have none
   * (probes, load balancers) or one: the lines are listed only when there is a first, and a new
   * string is built only when there is a second.
   */
  private static String accept(HttpServletRequest request) {
    String first = request.getHeader("Accept");
    if (first == null) {
      return null;
    }
    Enumeration<String> lines = request.getHeaders("Accept"); // null if the container hides headers
    if (lines == null || !lines.hasMoreElements()) {
      return first;
    }
    lines.nextElement(); // the first line again
    if (!lines.hasMoreElements()) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    while (lines.hasMoreElements()) {
      joined.append(',').append(lines.nextElement());
    }
    return joined.toString();
  }

  /**
   * A policy that throws refuses details: when in doubt, show less. An {@link Error} is no
   * different (a missing class, a failed assertion), but a {@link VirtualMachineError} goes on to
   * the caller, which rethrows it after answering.
   */
  private static boolean allows(
      DetailsPolicy<? super HttpServletRequest> details, HttpServletRequest request) {
    try {
      return details.allows(request);
    } catch (RuntimeException | Error broken) {
      LOGGER.log(Level.WARNING, "details policy failed; showing no details", broken);
      if (broken instanceof VirtualMachineError fatal) {
        throw fatal;
      }
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
