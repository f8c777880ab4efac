package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.healthcheck.runtime.HealthChecker;
import java.io.IOException;
import java.util.Objects;

/**
 * Serves {@code /healthcheck} on the JDK's built-in {@code com.sun.net.httpserver}, with the same
 * behaviour as the servlet: see {@link HealthEndpoint}.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/healthcheck", new HealthCheckHandler(checker));
 * server.setExecutor(Executors.newFixedThreadPool(4)); // the default runs one request at a time
 * server.start();
 * }</pre>
 */
public final class HealthCheckHandler implements HttpHandler {

  private final Endpoint endpoint;
  private final DetailsPolicy<? super HttpExchange> details;

  /**
   * A handler that shows every caller the checks' results, as py-healthcheck does.
   *
   * @param checker the checker to serve
   */
  public HealthCheckHandler(HealthChecker checker) {
    this(checker, DetailsPolicy.always());
  }

  /**
   * A handler that shows the checks' results only to callers the policy allows; others get the
   * status code with a status-only body, e.g. {@code exchange -> exchange.getPrincipal() != null}
   * behind a context {@code Authenticator}.
   *
   * @param checker the checker to serve
   * @param details who may see the results; others get the status alone
   */
  public HealthCheckHandler(HealthChecker checker, DetailsPolicy<? super HttpExchange> details) {
    this.endpoint = new HealthEndpoint(checker);
    this.details = Objects.requireNonNull(details, "details");
  }

  /** Answers one request; never throws for a malformed one. */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    JdkExchange.serve(exchange, endpoint, details);
  }
}
