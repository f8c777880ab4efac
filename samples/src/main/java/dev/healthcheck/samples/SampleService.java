package dev.healthcheck.samples;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.servlet.EnvironmentServlet;
import dev.healthcheck.servlet.HealthCheckServlet;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A small service on embedded Jetty, serving its health checks at {@code /healthcheck} and its
 * environment at {@code /environment}, over the registry the annotation processor generated.
 *
 * <p>Run it from the repository's root with
 * {@code mvn -B -q -pl samples -am package -DskipTests -Prun}, then
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
    String inventory = System.getProperty("inventory.url");
    Server server;
    try {
      server =
          start(
              System.getProperty("host", "localhost"),
              port,
              inventory == null ? null : URI.create(inventory),
              System.getProperty("payments.db", "localhost:5432"));
    } catch (IOException bindFailed) {
      System.err.println("cannot listen on port " + port + " (" + bindFailed.getMessage()
          + "); is another process using it? Pick another with -Dport=9090");
      System.exit(1);
      return;
    }
    int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    System.out.println("healthcheck sample listening on http://localhost:" + actual);
    System.out.println("  curl -s localhost:" + actual + "/healthcheck");
    System.out.println("  curl -s localhost:" + actual + "/healthcheck/readiness");
    System.out.println("  curl -s localhost:" + actual + "/environment");
    server.join();
  }

  /**
   * Starts the service on {@code host:port} (port 0: any free port) and returns the running server.
   *
   * @param inventory the inventory API's health URL; {@code null} for the stand-in this server
   *     serves at {@code /inventory/health}
   * @param paymentsDb the payments database's {@code host:port}
   * @throws IOException if the port cannot be bound
   */
  public static Server start(String host, int port, URI inventory, String paymentsDb) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    // Bound before the checks are built, so that the stand-in's URL names the real port even for
    // port 0; requests wait in the backlog until start(), when the checks know it.
    connector.open();
    URI inventoryUrl =
        inventory != null
            ? inventory
            : URI.create("http://localhost:" + connector.getLocalPort() + "/inventory/health");
    GeneratedHealthRegistry registry =
        GeneratedHealthRegistry.builder()
            .dependencyChecks(new DependencyChecks(inventoryUrl, paymentsDb))
            .build();

    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new HealthCheckServlet(HealthChecker.of(registry))), "/healthcheck/*");
    context.addServlet(new ServletHolder(new EnvironmentServlet(EnvironmentDump.of(registry))), "/environment/*");
    context.addServlet(new ServletHolder(new InventoryStandIn()), "/inventory/*");
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
