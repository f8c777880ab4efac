package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import dev.healthcheck.runtime.HealthResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Carries one {@link HttpExchange} through an {@link Endpoint}: the whole JDK binding. */
final class Exchanges {

  private static final Logger LOGGER = System.getLogger("dev.healthcheck");

  private Exchanges() {}

  /**
   * Answers the exchange from the endpoint and closes it. A {@link VirtualMachineError} from the
   * policy or the endpoint is rethrown once the answer is out (see {@link Endpoint#handle}).
   */
  static void serve(HttpExchange exchange, Endpoint endpoint, DetailsPolicy<? super HttpExchange> details)
      throws IOException {
    VirtualMachineError fatal = null;
    try (exchange) {
      boolean detailsAllowed = false;
      try {
        detailsAllowed = allows(details, exchange);
      } catch (VirtualMachineError policyFailed) {
        fatal = policyFailed;
      }
      EndpointRequest request = request(exchange, detailsAllowed);
      HealthResponse response;
      try {
        response = endpoint.handle(request);
      } catch (VirtualMachineError endpointFailed) {
        fatal = fatal == null ? endpointFailed : fatal;
        response = Endpoint.internalError();
      }
      respond(exchange, request.method(), response);
    } finally {
      if (fatal != null) {
        throw fatal;
      }
    }
  }

  private static EndpointRequest request(HttpExchange exchange, boolean detailsAllowed) {
    return new EndpointRequest(
        exchange.getRequestMethod(),
        pathBelowContext(exchange),
        exchange.getRequestURI().getRawQuery(),
        accept(exchange),
        detailsAllowed);
  }

  /**
   * The decoded path below the context's path. The JDK matches contexts by prefix, so a context
   * {@code /healthcheck} also receives {@code /healthchecks}; that remainder, {@code "s"}, names
   * nothing and the endpoint answers 404.
   */
  private static String pathBelowContext(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String context = exchange.getHttpContext().getPath();
    if (context.endsWith("/")) {
      context = context.substring(0, context.length() - 1);
    }
    return path.startsWith(context) ? path.substring(context.length()) : path;
  }

  /** Every {@code Accept} line, joined with commas as RFC 9110 allows; one line is taken as is. */
  private static String accept(HttpExchange exchange) {
    List<String> values = exchange.getRequestHeaders().get("Accept");
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.get(0) : String.join(",", values);
  }

  /**
   * A policy that throws refuses details: when in doubt, show less. An {@link Error} is no
   * different (a missing class, a failed assertion), but a {@link VirtualMachineError} goes on to
   * the caller, which rethrows it after answering.
   */
  private static boolean allows(DetailsPolicy<? super HttpExchange> details, HttpExchange exchange) {
    try {
      return details.allows(exchange);
    } catch (RuntimeException | Error broken) {
      LOGGER.log(Level.WARNING, "details policy failed; showing no details", broken);
      if (broken instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      return false;
    }
  }

  private static void respond(HttpExchange exchange, String method, HealthResponse response)
      throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    if (method.equals("HEAD")) {
      // The length GET would send, as RFC 9110 allows and the servlet containers do; -1 tells the
      // JDK that no body follows, and it then adds no length of its own.
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
