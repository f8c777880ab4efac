package dev.healthcheck.samples;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.servlet.HealthCheckServlet;
import java.io.IOException;
import java.time.Duration;
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
 *
 * <p>On SIGTERM (or Ctrl-C) it drains before it stops: readiness fails at once while liveness
 * still passes, for {@code -Dshutdown.drainMillis} milliseconds (10 000 by default), so that load
 * balancers and Kubernetes stop sending traffic; then Jetty stops.
 */
public final class SampleService {

  private SampleService() {}

  /** Starts the service and serves until the process is stopped, draining first. */
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", 8080);
    Service service;
    try {
      service = serve(System.getProperty("host", "localhost"), port);
    } catch (IOException bindFailed) {
      System.err.println("cannot listen on port " + port + " (" + bindFailed.getMessage()
          + "); is another process using it? Pick another with -Dport=9090");
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(drainThenStop(service, drainDelay()));
    int actual = ((ServerConnector) service.server().getConnectors()[0]).getLocalPort();
    System.out.println(startMessage(actual));
    service.server().join();
  }

  /**
   * How long the service drains before it stops: {@code -Dshutdown.drainMillis}, 10 s by default
   * (a few probe periods, and the time endpoint changes take to reach load balancers).
   */
  static Duration drainDelay() {
    return Duration.ofMillis(Long.getLong("shutdown.drainMillis", 10_000));
  }

  /**
   * The shutdown hook: start draining (readiness fails, liveness does not), wait so load
   * balancers and probes see it, then stop the server and the checker. The JVM runs it on
   * SIGTERM, which is how Kubernetes stops a pod.
   *
   * @param service the running service
   * @param delay how long to drain before the server stops
   * @return the hook, not yet registered
   */
  static Thread drainThenStop(Service service, Duration delay) {
    return new Thread(() -> {
      service.checker().startDraining();
      System.out.println("draining for " + delay.toMillis() + " ms, then stopping");
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      try {
        service.server().stop();
      } catch (Exception stopFailed) {
        System.err.println("Jetty did not stop cleanly: " + stopFailed);
      }
      service.checker().close();
    }, "drain-then-stop");
  }

  /**
   * A running service: its server, and the checker its health endpoint serves, which the
   * shutdown hook drains.
   *
   * @param server the started Jetty server
   * @param checker the checker mounted at {@code /healthcheck}
   */
  public record Service(Server server, HealthChecker checker) {}

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
    return serve(host, port).server();
  }

  /**
   * Starts the service on {@code host:port} (port 0: any free port) and returns it with its checker.
   *
   * @throws IOException if the port cannot be bound
   */
  public static Service serve(String host, int port) throws Exception {
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
    // One checker for the probes and the metrics, so /metrics shows the results /healthcheck made;
    // built after the port is known, since the checks read it; returned, so that the shutdown hook
    // can drain it.
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
      checker.close();
      throw startFailed;
    }
    return new Service(server, checker);
  }
}
