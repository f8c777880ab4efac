package dev.healthcheck.samples;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.servlet.HealthCheckServlet;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A small service on embedded Jetty, serving its health checks at {@code /healthcheck} and its
 * environment at {@code /environment} through the servlets the annotation processor generated,
 * and its metrics, the checks' among the JVM's, at {@code /metrics} for Prometheus.
 *
 * <p>Run it from the repository's root with
 * {@code mvn -B -ntp -Prun -pl samples -am package}, then
 * {@code curl -s localhost:8080/healthcheck}. The port is 8080 unless the first argument or the
 * system property {@code port} says otherwise ({@code -Dport=9090}); it listens on
 * {@code localhost} unless {@code -Dhost=0.0.0.0} says otherwise, since {@code /environment} is
 * open to whoever can reach it. {@code -Dinventory.url=} and {@code -Dpayments.db=host:port} point
 * the dependency checks at real services.
 */
public final class SampleService {

  private SampleService() {}

  /** Starts the service and serves until the process is stopped. */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", 8080);
    Server server;
    try {
      server = start(System.getProperty("host", "localhost"), port);
    } catch (IOException bindFailed) {
      System.err.println("cannot listen on port " + port + " (" + bindFailed.getMessage()
          + "); is another process using it? Pick another with -Dport=9090");
      System.exit(1);
      return;
    }
    int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    System.out.println(startMessage(actual));
    server.join();
  }

  /**
   * The line printed once the service listens: where, and what to curl.
   *
   * @param port the port the service listens on
   * @return the message, several lines
   */
  static String startMessage(int port) {
    String base = "localhost:" + port;
    return "healthcheck sample listening on http://" + base + " — try: curl " + base + "/healthcheck\n"
        + "  curl -s " + base + "/healthcheck/readiness   # one group\n"
        + "  curl -s " + base + "/environment             # the process, secrets masked\n"
        + "  curl -s " + base + "/metrics                 # health beside the JVM, for Prometheus\n"
        + "  Ctrl-C stops it";
  }

  /**
   * Starts the service on {@code host:port} (port 0: any free port) and returns the running server.
   *
   * @throws IOException if the port cannot be bound
   */
  public static Server start(String host, int port) throws Exception {
    Server server = new Server();
    // What a public endpoint should not say: Jetty's version, in a header and in its error pages.
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    server.setErrorHandler(new JsonErrorHandler());
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    // Bound first, so that the configuration names the port really bound, even for port 0;
    // requests wait in the backlog until start().
    connector.open();
    System.setProperty("port", Integer.toString(connector.getLocalPort()));

    ServletContextHandler context = new ServletContextHandler("/");
    // One checker for the probes and the metrics, so /metrics shows the results /healthcheck made.
    HealthChecker checker = HealthChecker.of(GeneratedHealthRegistry.create());
    context.addServlet(new ServletHolder(new HealthCheckServlet(checker)), "/healthcheck/*");
    context.addServlet(new ServletHolder(new MetricsServlet(checker)), "/metrics");
    // Mounted by class, as a user mounts it; initialised at start(), so the sections read the
    // configuration before the first request, not when it arrives.
    context.addServlet(GeneratedEnvironmentServlet.class, "/environment/*").setInitOrder(0);
    context.addServlet(new ServletHolder(new InventoryStandIn()), "/inventory/*");
    context.setErrorHandler(new JsonErrorHandler());
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception startFailed) {
      connector.close();
      throw startFailed;
    }
    return server;
  }
}
