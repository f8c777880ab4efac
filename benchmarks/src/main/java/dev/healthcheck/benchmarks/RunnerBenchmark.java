package dev.healthcheck.benchmarks;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.codahale.metrics.json.HealthCheckModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthReport;
import dev.healthcheck.runtime.HealthResponse;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runner against Dropwizard's {@code HealthCheckRegistry}, with the same three instant checks,
 * in one JMH run. Ours serves cached results, the path a probe hits 99 % of the time; Dropwizard
 * has no cache, so its probe path is always run-then-write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RunnerBenchmark {

  private HealthChecker cached;
  private HealthChecker uncachedOne;
  private HealthCheckRegistry dropwizard;
  private ObjectMapper dropwizardJson;

  @Setup
  public void setUp() {
    cached =
        HealthChecker.builder()
            .check("database", () -> CheckResult.ok("database ok"))
            .check("cache", () -> CheckResult.ok("cache ok"))
            .check("disk", () -> CheckResult.ok("disk ok"))
            .build();
    uncachedOne =
        HealthChecker.builder()
            .successTtl(Duration.ZERO)
            .check("database", () -> CheckResult.ok("database ok"))
            .build();
    dropwizard = new HealthCheckRegistry();
    dropwizard.register("database", healthy("database ok"));
    dropwizard.register("cache", healthy("cache ok"));
    dropwizard.register("disk", healthy("disk ok"));
    // As Dropwizard's HealthCheckServlet writes its body.
    dropwizardJson = new ObjectMapper().registerModule(new HealthCheckModule());
  }

  private static HealthCheck healthy(String message) {
    return new HealthCheck() {
      @Override
      protected Result check() {
        return Result.healthy(message);
      }
    };
  }

  /** Three cached results to py-healthcheck's JSON: a probe's whole path but for the socket. */
  @Benchmark
  public HealthResponse healthcheckCachedRunAndJson() {
    return cached.run();
  }

  /** The same without the JSON: what rendering costs is the difference. */
  @Benchmark
  public HealthReport healthcheckCachedReport() {
    return cached.report();
  }

  /** One check whose result is never cached: a hop to the check pool and back. */
  @Benchmark
  public HealthResponse healthcheckOneExpiredCheck() {
    return uncachedOne.run();
  }

  /** Dropwizard's probe path: run every check on the caller's thread, then write the JSON. */
  @Benchmark
  public String dropwizardRunAndJson() throws Exception {
    SortedMap<String, HealthCheck.Result> results = dropwizard.runHealthChecks();
    return dropwizardJson.writeValueAsString(results);
  }

  @Benchmark
  public SortedMap<String, HealthCheck.Result> dropwizardRun() {
    return dropwizard.runHealthChecks();
  }
}
