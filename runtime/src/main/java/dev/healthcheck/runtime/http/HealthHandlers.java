package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;

/**
 * Mounts the health and environment handlers on a JDK {@link HttpServer} at the paths the servlet
 * binding uses.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * HealthHandlers.mount(server, checker, dump);   // /healthcheck and /environment
 * server.setExecutor(Executors.newFixedThreadPool(4));
 * server.start();
 * }</pre>
 *
 * <p>The JDK server runs every request on its dispatcher thread unless given an executor, so one
 * slow probe would hold up the next: give it one.
 */
public final class HealthHandlers {

  /** Where {@link #mount} serves the health checks. */
  public static final String HEALTHCHECK_PATH = "/healthcheck";

  /** Where {@link #mount} serves the environment dump. */
  public static final String ENVIRONMENT_PATH = "/environment";

  private HealthHandlers() {}

  /**
   * Serves the checker at {@code /healthcheck} and the dump at {@code /environment}, both with
   * details for every caller; for a policy, create the contexts with the handlers' constructors.
   */
  public static void mount(HttpServer server, HealthChecker checker, EnvironmentDump dump) {
    server.createContext(HEALTHCHECK_PATH, new HealthCheckHandler(checker));
    server.createContext(ENVIRONMENT_PATH, new EnvironmentHandler(dump));
  }
}
