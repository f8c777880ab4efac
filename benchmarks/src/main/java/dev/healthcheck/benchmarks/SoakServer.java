package dev.healthcheck.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.HealthHandlers;
import dev.healthcheck.servlet.EnvironmentServlet;
import dev.healthcheck.servlet.HealthCheckServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server of the soak ({@code benchmarks/soak.sh}): passing, failing, flaky, slow and hung
 * checks, nothing cached, on Jetty or on the JDK server as {@link HealthHandlers#start} sets it up,
 * on 127.0.0.1. {@code /soak-stats} answers {@code threads=N heapUsedMiB=M} after a full GC, so
 * the driver can watch both over the run.
 *
 * <p>Usage: {@code SoakServer jetty|jdk PORT}.
 */
public final class SoakServer {

  private static final AtomicLong FLAKY = new AtomicLong();

  private SoakServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    HealthChecker checker = checker();
    EnvironmentDump dump = EnvironmentDump.builder().build();
    switch (args[0]) {
      case "jetty" -> jetty(port, checker, dump);
      case "jdk" -> jdk(port, checker, dump);
      default -> throw new IllegalArgumentException("jetty or jdk, not " + args[0]);
    }
    System.out.println("soak server " + args[0] + " listening on 127.0.0.1:" + port);
  }

  /** Every kind of check, none cached, so every request runs them all again. */
  static HealthChecker checker() {
    return HealthChecker.builder()
        .successTtl(Duration.ZERO)
        .failedTtl(Duration.ZERO)
        .check(CheckDefinition.of("db", () -> CheckResult.ok("connected")).groups("readiness", "liveness"))
        .check(CheckDefinition.of("mail", () -> CheckResult.fail("mail refused: 554")).groups("extra"))
        .check(CheckDefinition.of("flaky", () -> {
          if (FLAKY.incrementAndGet() % 3 == 0) {
            throw new IllegalStateException("connection reset");
          }
          return CheckResult.ok("fine this time");
        }).groups("readiness"))
        .check(CheckDefinition.of("slow", () -> {
          Thread.sleep(20);
          return CheckResult.ok("slow but fine");
        }).groups("readiness"))
        .check(CheckDefinition.of("hung", SoakServer::hang).timeout(Duration.ofMillis(300)).groups("extra"))
        .build();
  }

  /** Sleeps 30 s through interrupts: a check that hangs, as a dead socket without a timeout does. */
  private static CheckResult hang() {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        // as too many checks do
      }
    }
    return CheckResult.ok("woke up");
  }

  /** {@code threads=N heapUsedMiB=M}, after a full GC so the heap figure is what is kept. */
  static String stats() {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return "threads=" + Thread.activeCount() + " heapUsedMiB=" + heap / (1024 * 1024) + "\n";
  }

  private static void jetty(int port, HealthChecker checker, EnvironmentDump dump) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new HealthCheckServlet(checker)), "/healthcheck/*");
    context.addServlet(new ServletHolder(new EnvironmentServlet(dump)), "/environment/*");
    context.addServlet(new ServletHolder(new StatsServlet()), "/soak-stats");
    server.setHandler(context);
    server.start();
  }

  private static void jdk(int port, HealthChecker checker, EnvironmentDump dump) throws IOException {
    HttpServer server = HealthHandlers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), checker, dump);
    server.createContext("/soak-stats", exchange -> {
      byte[] body = stats().getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
  }

  /** {@code /soak-stats} on Jetty. */
  private static final class StatsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.getOutputStream().write(stats().getBytes(StandardCharsets.US_ASCII));
    }
  }
}
