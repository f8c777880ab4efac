package dev.healthcheck.benchmarks;

import dev.healthcheck.micrometer.HealthMetrics;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthListener;
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
 * timers and 11 verdicts. {@code latest} is what the gauges of one scrape share, one call of
 * {@link HealthChecker#latest()}; the scrape reuses it for up to a second while no check runs, so
 * a scrape's worst case is the sum of the two.
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
  }

  @TearDown
  public void tearDown() {
    registry.close();
    checker.close();
  }

  /** The whole exposition text, as {@code /metrics} answers it. */
  @Benchmark
  public String scrape() {
    return registry.scrape();
  }

  /** The one call of {@code latest()} the gauges of a scrape share. */
  @Benchmark
  public List<CheckReport> latest() {
    return checker.latest();
  }
}
