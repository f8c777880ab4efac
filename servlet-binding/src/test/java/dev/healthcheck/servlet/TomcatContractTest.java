package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.contract.Details;
import dev.healthcheck.runtime.http.contract.Fixture;
import dev.healthcheck.runtime.http.contract.HttpBindingContractTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.io.TempDir;

/** The contract on embedded Tomcat 11. */
class TomcatContractTest extends HttpBindingContractTest {

  @TempDir Path baseDir;
  private Tomcat tomcat;

  @Override
  protected URI start(Fixture fixture, Details details) throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", null);
    // addContext gives the context's logger a level of its own, INFO, so logging.properties cannot
    // quiet the errors the servlet rethrows on purpose (the contract's stack overflows); Tomcat
    // holds the logger, so the level stays.
    Logger.getLogger("org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]").setLevel(Level.OFF);
    addLogin(context);
    Tomcat.addServlet(context, "health", new HealthCheckServlet(fixture.checker, ServletPolicies.of(details)));
    context.addServletMapping("/healthcheck/*", "health");
    Tomcat.addServlet(context, "environment", new EnvironmentServlet(fixture.dump, ServletPolicies.of(details)));
    context.addServletMapping("/environment/*", "environment");
    Tomcat.addServlet(context, "overflowing", new HealthCheckServlet(fixture.overflowing));
    context.addServletMapping("/overflowing/*", "overflowing");
    tomcat.start();
    return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
  }

  private static void addLogin(Context context) {
    FilterDef login = new FilterDef();
    login.setFilterName("login");
    login.setFilter(new ServletPolicies.HeaderLogin());
    context.addFilterDef(login);
    FilterMap everything = new FilterMap();
    everything.setFilterName("login");
    everything.addURLPattern("/*");
    context.addFilterMap(everything);
  }

  @Override
  protected void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }
}
