package dev.healthcheck.servlet;

import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.SlowClientsContract;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** Embedded Jetty with its defaults keeps answering probes while slow clients hang on. */
class JettySlowClientsTest {

  @Test
  void probesAreAnsweredWhileAHundredSlowClientsHang() throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(
        new ServletHolder(new HealthCheckServlet(
            HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build())),
        "/healthcheck/*");
    server.setHandler(context);
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
      SlowClientsContract.probesAreAnsweredWhileSlowClientsHang("Jetty", base, "/healthcheck");
    } finally {
      server.stop();
    }
  }
}
