package dev.healthcheck.servlet;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.ServedEndpoints;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/** Embedded Tomcat 11 as docs/http.md tells users to set it up: no version, no report. */
final class TomcatServedEndpoints implements ServedEndpoints {

  private Tomcat tomcat;
  private Path baseDir;

  @Override
  public String name() {
    return "Tomcat";
  }

  @Override
  public URI start(HealthChecker checker, EnvironmentDump dump) throws Exception {
    baseDir = Files.createTempDirectory("healthcheck-tomcat");
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    ErrorReportValve errors = new ErrorReportValve();
    errors.setShowReport(false);
    errors.setShowServerInfo(false);
    tomcat.getHost().getPipeline().addValve(errors);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "health", new HealthCheckServlet(checker));
    context.addServletMapping("/healthcheck/*", "health");
    Tomcat.addServlet(context, "environment", new EnvironmentServlet(dump));
    context.addServletMapping("/environment/*", "environment");
    tomcat.start();
    return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
  }

  @Override
  public void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
    try (Stream<Path> paths = Files.walk(baseDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
