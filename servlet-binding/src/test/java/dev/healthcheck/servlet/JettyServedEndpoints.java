package dev.healthcheck.servlet;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.ServedEndpoints;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Embedded Jetty 12 as docs/http.md tells users to set it up: no version, no stacks. */
final class JettyServedEndpoints implements ServedEndpoints {

  private Server server;

  @Override
  public String name() {
    return "Jetty";
  }

  @Override
  public URI start(HealthChecker checker, EnvironmentDump dump) throws Exception {
    server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    server.setErrorHandler(errors);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new HealthCheckServlet(checker)), "/healthcheck/*");
    context.addServlet(new ServletHolder(new EnvironmentServlet(dump)), "/environment/*");
    server.setHandler(context);
    server.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void stop() throws Exception {
    server.stop();
  }
}
