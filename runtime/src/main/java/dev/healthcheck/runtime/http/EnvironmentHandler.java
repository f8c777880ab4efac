package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.healthcheck.runtime.EnvironmentDump;
import java.io.IOException;
import java.util.Objects;

/**
 * Serves {@code /environment} on the JDK's built-in {@code com.sun.net.httpserver}, with the same
 * behaviour as the servlet: see {@link EnvironmentEndpoint}.
 *
 * <pre>{@code
 * HttpContext environment = server.createContext("/environment",
 *     new EnvironmentHandler(dump, exchange -> exchange.getPrincipal() != null));
 * environment.setAuthenticator(new BasicAuthenticator("ops") { ... });
 * }</pre>
 */
public final class EnvironmentHandler implements HttpHandler {

  private final Endpoint endpoint;
  private final DetailsPolicy<? super HttpExchange> details;

  /**
   * A handler that shows the dump to every caller, as py-healthcheck does; see the README's
   * "Locking down /environment" before exposing it beyond a trusted network.
   *
   * @param dump the environment dump to serve
   */
  public EnvironmentHandler(EnvironmentDump dump) {
    this(dump, DetailsPolicy.always());
  }

  /**
   * A handler that shows the dump only to callers the policy allows; others get 403.
   *
   * @param dump the environment dump to serve
   * @param details who may see the dump; others get 403
   */
  public EnvironmentHandler(EnvironmentDump dump, DetailsPolicy<? super HttpExchange> details) {
    this.endpoint = new EnvironmentEndpoint(dump);
    this.details = Objects.requireNonNull(details, "details");
  }

  /** Answers one request; never throws for a malformed one. */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    JdkExchange.serve(exchange, endpoint, details);
  }
}
