package dev.healthcheck.benchmarks;

import dev.healthcheck.micrometer.HealthMetrics;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Prometheus scrape of a checker with 1,000 checks (goal: under 2 ms), every check with a
 * result and a run timed, in 10 groups, one in ten failing: the text of 1,000 status gauges, 1,000
 * timers and 11 verdicts. Beside it, what the figure is made of:
 * <ul>
 *   <li>{@code scrapeStatusOnly}: the same binder's gauges without timers (bound after the runs);
 *   <li>{@code micrometerAlone}: the limit, the same number of gauges (constant) and timers with the
 *       same tags registered directly, no binder: what Micrometer's Prometheus registry costs by itself;
 *   <li>{@code latest}: the one call of {@link HealthChecker#latest()} the gauges of a scrape share;
 *       the scrape reuses it for up to a second while no check runs, so a scrape's worst case adds it.
 * </ul>
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar MetricsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsBenchmark {

  @Param("1000")
  public int checks;

  private HealthChecker checker;
  private PrometheusMeterRegistry registry;
  private PrometheusMeterRegistry statusOnly;
  private PrometheusMeterRegistry alone;

  @Setup
  public void setUp() throws InterruptedException {
    HealthChecker.Builder builder = HealthChecker.builder();
    for (int i = 0; i < checks; i++) {
      String name = "dependency" + i;
      CheckResult result = i % 10 == 0 ? CheckResult.fail(name + " down") : CheckResult.ok(name + " ok");
      builder.check(CheckDefinition.of(name, () -> result).groups("group" + i % 10));
    }
    checker = builder.build();
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new HealthMetrics(checker).bindTo(registry);
    CountDownLatch heard = new CountDownLatch(checks);
    // Added after the binder, so once it has heard every run, the binder has too.
    checker.addListener(new HealthListener() {
      @Override
      public void checkRan(CheckReport run) {
        heard.countDown();
      }
    });
    checker.run();
    if (!heard.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the listeners did not hear every run");
    }
    statusOnly = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new HealthMetrics(checker).bindTo(statusOnly);
    alone = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    for (CheckReport report : checker.latest()) {
      double value = report.passed() ? 1 : 0;
      Gauge.builder("health.check.status", () -> value)
          .tags("check", report.checker(), "critical", "true")
          .register(alone);
      Timer.builder("health.check.duration")
          .tags("check", report.checker(), "outcome", report.passed() ? "passed" : "failed")
          .register(alone)
          .record(report.responseTime());
    }
  }

  @TearDown
  public void tearDown() {
    registry.close();
    statusOnly.close();
    alone.close();
  }

  /** The whole exposition text, as {@code /metrics} answers it. */
  @Benchmark
  public String scrape() {
    return registry.scrape();
  }

  /** The binder's gauges alone: 1,000 status gauges and 11 verdicts. */
  @Benchmark
  public String scrapeStatusOnly() {
    return statusOnly.scrape();
  }

  /** The limit: as many gauges and timers, registered directly, scraped by Micrometer alone. */
  @Benchmark
  public String micrometerAlone() {
    return alone.scrape();
  }

  /** The one call of {@code latest()} the gauges of a scrape share. */
  @Benchmark
  public List<CheckReport> latest() {
    return checker.latest();
  }
}
