package dev.healthcheck.servlet;

import jakarta.servlet.DispatcherType;
import dev.healthcheck.runtime.http.contract.Details;
import dev.healthcheck.runtime.http.contract.Fixture;
import dev.healthcheck.runtime.http.contract.HttpBindingContractTest;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The contract on embedded Jetty 12 (ee10). */
class JettyContractTest extends HttpBindingContractTest {

  private Server server;

  @Override
  protected URI start(Fixture fixture, Details details) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addFilter(
        new FilterHolder(new ServletPolicies.HeaderLogin()), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder(new HealthCheckServlet(fixture.checker, ServletPolicies.of(details))),
        "/healthcheck/*");
    context.addServlet(
        new ServletHolder(new EnvironmentServlet(fixture.dump, ServletPolicies.of(details))),
        "/environment/*");
    context.addServlet(new ServletHolder(new HealthCheckServlet(fixture.overflowing)), "/overflowing/*");
    server.setHandler(context);
    server.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  protected void stop() throws Exception {
    server.stop();
  }
}
