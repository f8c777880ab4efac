package dev.healthcheck.benchmarks;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.micrometer.HealthMetrics;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.http.HealthCheckHandler;
import dev.healthcheck.servlet.HealthCheckServlet;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

/**
 * One server of the HTTP load benchmark, serving {@code /healthcheck} on a port, for
 * {@code benchmarks/run.sh} to load with wrk. Each kind runs in a JVM of its own, so its CPU time
 * can be read from {@code /proc}.
 *
 * <p>Usage: {@code LoadServer KIND WORKLOAD PORT}, where KIND is one of {@code healthcheck-jetty},
 * {@code healthcheck-jetty-metrics} (the same with {@code HealthMetrics} bound), {@code healthcheck-jetty-refreshed} (its checks refreshed every second), {@code bare-jetty}, {@code bare-jetty-pool} (the limit of running the slow
 * checks on a pool), {@code dropwizard-serial}, {@code dropwizard-parallel},
 * {@code healthcheck-jdk}, {@code bare-jdk}, {@code healthcheck-herd}, {@code dropwizard-herd};
 * and WORKLOAD is {@code instant} (3 checks that answer at once) or {@code slow} (3 checks of
 * 20 ms each). The {@code -herd} kinds count calls of one slow dependency and print them at
 * {@code /calls}.
 */
public final class LoadServer {

  private static final int CHECKS = 3;
  private static final long SLOW_MILLIS = 20;
  private static final AtomicLong DEPENDENCY_CALLS = new AtomicLong();

  private LoadServer() {}

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    boolean slow = args[1].equals("slow");
    int port = Integer.parseInt(args[2]);
    switch (kind) {
      case "healthcheck-jetty" -> jetty(port, new HealthCheckServlet(ours(slow, !slow)));
      case "healthcheck-jetty-metrics" -> jetty(port, new HealthCheckServlet(withMetrics(ours(slow, !slow))));
      case "healthcheck-jetty-refreshed" -> jetty(port, new HealthCheckServlet(refreshed()));
      case "bare-jetty" -> jetty(port, new BareServlet(ours(false, true).run(), slow));
      case "bare-jetty-pool" -> jetty(port, new BarePoolServlet(ours(false, true).run()));
      case "dropwizard-serial" -> jetty(port, new io.dropwizard.metrics.servlets.HealthCheckServlet(dropwizard(slow)));
      case "dropwizard-parallel" -> dropwizardParallel(port, dropwizard(slow));
      case "healthcheck-jdk" -> jdk(port, new HealthCheckHandler(ours(slow, !slow)));
      case "bare-jdk" -> jdk(port, bareHandler(ours(false, true).run(), slow));
      case "healthcheck-herd" -> jetty(port, new HealthCheckServlet(herd()));
      case "dropwizard-herd" -> jetty(port, new io.dropwizard.metrics.servlets.HealthCheckServlet(dropwizardHerd()));
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    }
    System.out.println("ready " + kind + " " + args[1] + " on " + port);
  }

  /**
   * Our checker: cached for the instant workload (the path a probe hits 99 % of the time),
   * uncached for the slow one, so every request has to wait on its checks.
   */
  private static HealthChecker ours(boolean slow, boolean cached) {
    HealthChecker.Builder builder = HealthChecker.builder();
    if (!cached) {
      builder.successTtl(Duration.ZERO).failedTtl(Duration.ZERO);
    }
    for (int i = 0; i < CHECKS; i++) {
      String name = "dependency" + i;
      builder.check(name, () -> {
        if (slow) {
          Thread.sleep(SLOW_MILLIS);
        }
        return CheckResult.ok(name + " ok");
      });
    }
    return builder.build();
  }

  /**
   * The instant checks refreshed in the background every second instead of cached: requests only
   * read their latest results (issue 12: a refreshed probe costs what a cached one costs).
   */
  private static HealthChecker refreshed() {
    HealthChecker.Builder builder = HealthChecker.builder();
    for (int i = 0; i < CHECKS; i++) {
      String name = "dependency" + i;
      builder.check(CheckDefinition.of(name, () -> CheckResult.ok(name + " ok"))
          .refresh(Duration.ofSeconds(1)));
    }
    return builder.build();
  }

  /**
   * The checker with the metrics binder bound to a Prometheus registry, as a service that exports
   * its health runs it; the registry lives as long as the checker, which holds the binder.
   */
  private static HealthChecker withMetrics(HealthChecker checker) {
    new HealthMetrics(checker).bindTo(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    return checker;
  }

  /** A check behind a slow dependency that counts its calls, with the default TTLs. */
  private static HealthChecker herd() {
    return HealthChecker.builder()
        .check("dependency", () -> {
          DEPENDENCY_CALLS.incrementAndGet();
          Thread.sleep(200);
          return CheckResult.ok("dependency ok");
        })
        .build();
  }

  private static HealthCheckRegistry dropwizard(boolean slow) {
    HealthCheckRegistry registry = new HealthCheckRegistry();
    for (int i = 0; i < CHECKS; i++) {
      String message = "dependency" + i + " ok";
      registry.register("dependency" + i, new HealthCheck() {
        @Override
        protected Result check() throws InterruptedException {
          if (slow) {
            Thread.sleep(SLOW_MILLIS);
          }
          return Result.healthy(message);
        }
      });
    }
    return registry;
  }

  private static HealthCheckRegistry dropwizardHerd() {
    HealthCheckRegistry registry = new HealthCheckRegistry();
    registry.register("dependency", new HealthCheck() {
      @Override
      protected Result check() throws InterruptedException {
        DEPENDENCY_CALLS.incrementAndGet();
        Thread.sleep(200);
        return Result.healthy("dependency ok");
      }
    });
    return registry;
  }

  private static void jetty(int port, HttpServlet servlet) throws Exception {
    jetty(port, servlet, null);
  }

  private static void jetty(int port, HttpServlet servlet, ExecutorService executor) throws Exception {
    Server server = new Server(port);
    ServletContextHandler context = new ServletContextHandler("/");
    if (executor != null) {
      context.setAttribute(io.dropwizard.metrics.servlets.HealthCheckServlet.HEALTH_CHECK_EXECUTOR, executor);
    }
    context.addServlet(new ServletHolder(servlet), "/healthcheck/*");
    context.addServlet(new ServletHolder(new CallsServlet()), "/calls");
    server.setHandler(context);
    server.start();
  }

  /** Dropwizard's servlet with its executor attribute, which runs the checks in parallel. */
  private static void dropwizardParallel(int port, HealthCheckRegistry registry) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(16);
    jetty(port, new io.dropwizard.metrics.servlets.HealthCheckServlet(registry), executor);
  }

  private static void jdk(int port, HttpHandler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 1024);
    server.createContext("/healthcheck", handler);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  /** The limit: the same status, headers and bytes, written with nothing computed. */
  static final class BareServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient byte[] body;
    private final boolean slow;

    BareServlet(HealthResponse response, boolean slow) {
      this.body = response.body().getBytes(StandardCharsets.UTF_8);
      this.slow = slow;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (slow) {
        pause();
      }
      response.setStatus(200);
      response.setHeader("Content-Type", "application/json");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * The limit of any runner that keeps the request thread out of the checks (which a timeout
   * needs: a hung check must not hang the request): the same bytes, written once three waits of
   * 20 ms have run at once on a pool, handed over and waited for, with nothing else computed.
   */
  static final class BarePoolServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient byte[] body;
    private final transient ExecutorService pool = Executors.newCachedThreadPool();

    BarePoolServlet(HealthResponse response) {
      this.body = response.body().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      List<Future<?>> waits = new ArrayList<>(CHECKS);
      for (int i = 0; i < CHECKS; i++) {
        waits.add(pool.submit(LoadServer::pause));
      }
      for (Future<?> wait : waits) {
        try {
          wait.get();
        } catch (InterruptedException | ExecutionException stopped) {
          throw new IOException(stopped);
        }
      }
      response.setStatus(200);
      response.setHeader("Content-Type", "application/json");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  private static HttpHandler bareHandler(HealthResponse response, boolean slow) {
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      if (slow) {
        pause();
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /** The three checks of 20 ms, run at once: 20 ms is as fast as they can be answered. */
  private static void pause() {
    try {
      Thread.sleep(SLOW_MILLIS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many times the herd's dependency was called. */
  static final class CallsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.getWriter().print(DEPENDENCY_CALLS.get());
    }
  }
}
