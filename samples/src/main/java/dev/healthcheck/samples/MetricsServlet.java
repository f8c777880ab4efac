package dev.healthcheck.samples;

import dev.healthcheck.micrometer.HealthMetrics;
import dev.healthcheck.runtime.HealthChecker;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code /metrics} in Prometheus' text format: the JVM's own metrics (memory, garbage
 * collection, threads, processor, uptime) beside the health checks' status and run times, so one
 * scrape of each replica gives the fleet's view of both.
 */
final class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Prometheus' text format 0.0.4, which every Prometheus and agent reads. */
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /** Not serialized: a servlet is never migrated with its registry. */
  private final transient PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** Listens for garbage collections until closed. */
  private final transient JvmGcMetrics gc = new JvmGcMetrics();

  /** A servlet whose registry has the checker's metrics and the JVM's bound. */
  MetricsServlet(HealthChecker checker) {
    new HealthMetrics(checker).bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType(CONTENT_TYPE);
    // A scrape must see this replica's values, never a proxy's copy.
    response.setHeader("Cache-Control", "no-store");
    registry.scrape(response.getOutputStream());
  }

  @Override
  public void destroy() {
    gc.close();
    registry.close();
  }
}
