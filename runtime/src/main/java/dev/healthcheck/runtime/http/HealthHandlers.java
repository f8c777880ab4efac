package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * Serves {@code /healthcheck} and {@code /environment} on the JDK's built-in {@link HttpServer},
 * at the paths the servlet binding uses.
 *
 * <pre>{@code
 * HttpServer server = HealthHandlers.start(new InetSocketAddress(8080), checker, dump);
 * ...
 * server.stop(0); // the server and its threads
 * }</pre>
 *
 * <p>{@link #start} picks the executor and settings that keep slow or silent clients from
 * starving probes; {@link #mount} is for a server you build and configure yourself.
 */
public final class HealthHandlers {

  /** Where {@link #mount} serves the health checks. */
  public static final String HEALTHCHECK_PATH = "/healthcheck";

  /** Where {@link #mount} serves the environment dump. */
  public static final String ENVIRONMENT_PATH = "/environment";

  private HealthHandlers() {}

  /**
   * Starts a JDK server on {@code address} (port 0: any free port) serving the checker at
   * {@code /healthcheck} and the dump at {@code /environment}, with details for every caller, and
   * settings that keep probes answered while slow or silent clients hold connections open:
   *
   * <ul>
   *   <li>an executor of up to 256 daemon threads, made when needed and ended after 30 s idle, so
   *       that a client sending half a request holds one thread, not the server;
   *   <li>{@code sun.net.httpserver.maxReqTime=5}: a client that has not sent its request line and
   *       headers 5 s after its first byte is disconnected (the JDK's default waits forever); the
   *       checks' own time is not counted;
   *   <li>{@code sun.net.httpserver.nodelay=true}: without it a response's headers and body wait
   *       on the client's delayed ACK, 40 ms on every request of a kept-alive connection.
   * </ul>
   *
   * <p>Each property is set only when the process has not set it, and the JDK reads them once,
   * when the first JDK server of the process is created: a server created before this call leaves
   * them as they were for the whole process.
   *
   * <p>{@code stop(0)} on the returned server stops it and ends its threads. Requests whose line
   * {@link java.net.URI} cannot parse ({@code /healthcheck/%zz}, {@code ?_=50%}) are refused by
   * the JDK server itself with its own HTML 400 before any handler runs.
   *
   * @param address the address and port to listen on (port 0: any free port)
   * @param checker the checker to serve at {@code /healthcheck}
   * @param dump the dump to serve at {@code /environment}
   * @return the started server
   * @throws IOException if the address cannot be bound
   */
  public static HttpServer start(InetSocketAddress address, HealthChecker checker, EnvironmentDump dump)
      throws IOException {
    ServerSettings.applyDefaults();
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService executor = ServerSettings.executor();
    server.setExecutor(executor);
    mount(server, checker, dump);
    server.start();
    return new OwnedHttpServer(server, executor);
  }

  /**
   * Serves the checker at {@code /healthcheck} and the dump at {@code /environment} on a server
   * you configure yourself, both with details for every caller; for a policy, create the contexts
   * with the handlers' constructors.
   *
   * <p>What such a server needs so that slow clients cannot starve probes (what {@link #start}
   * does): an executor, since without one the server answers one request at a time on its
   * dispatcher thread; enough threads in it, since a client that sends half a request holds one
   * thread until it finishes or is disconnected (a pool of four is blocked by four such clients);
   * the system property {@code sun.net.httpserver.maxReqTime} (seconds, unlimited by
   * default), set before the process creates its first JDK server, so that such clients are
   * disconnected; and {@code sun.net.httpserver.nodelay=true}, so that probes on kept-alive
   * connections are not answered 40 ms late.
   *
   * @param server the server to mount the handlers on
   * @param checker the checker to serve at {@code /healthcheck}
   * @param dump the dump to serve at {@code /environment}
   */
  public static void mount(HttpServer server, HealthChecker checker, EnvironmentDump dump) {
    server.createContext(HEALTHCHECK_PATH, new HealthCheckHandler(checker));
    server.createContext(ENVIRONMENT_PATH, new EnvironmentHandler(dump));
  }
}
