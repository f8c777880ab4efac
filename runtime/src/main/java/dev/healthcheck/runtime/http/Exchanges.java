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

  /** Answers the exchange from the endpoint and closes it. */
  static void serve(HttpExchange exchange, Endpoint endpoint, DetailsPolicy<? super HttpExchange> details)
      throws IOException {
    try (exchange) {
      EndpointRequest request =
          new EndpointRequest(
              exchange.getRequestMethod(),
              pathBelowContext(exchange),
              exchange.getRequestURI().getRawQuery(),
              accept(exchange),
              allows(details, exchange));
      respond(exchange, request.method(), endpoint.handle(request));
    }
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

  private static String accept(HttpExchange exchange) {
    List<String> values = exchange.getRequestHeaders().get("Accept");
    return values == null ? null : String.join(",", values);
  }

  /** A policy that throws refuses details: when in doubt, show less. */
  private static boolean allows(DetailsPolicy<? super HttpExchange> details, HttpExchange exchange) {
    try {
      return details.allows(exchange);
    } catch (RuntimeException broken) {
      LOGGER.log(Level.WARNING, "details policy failed; showing no details", broken);
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
