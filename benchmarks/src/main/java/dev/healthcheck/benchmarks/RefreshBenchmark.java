package dev.healthcheck.benchmarks;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's first target: a probe of a refreshed check costs what a probe of a cached one costs
 * (within 5%). Three checks each: served from the cache (TTL one hour), or refreshed in the
 * background every second, so a refresh lands now and then during the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RefreshBenchmark {

  private HealthChecker cached;
  private HealthChecker refreshed;

  @Setup(Level.Trial)
  public void setUp() throws InterruptedException {
    HealthChecker.Builder cachedBuilder = HealthChecker.builder().successTtl(Duration.ofHours(1));
    HealthChecker.Builder refreshedBuilder = HealthChecker.builder();
    for (int i = 0; i < 3; i++) {
      cachedBuilder.check("dependency" + i, () -> CheckResult.ok("answered"));
      refreshedBuilder.check(CheckDefinition.of("dependency" + i, () -> CheckResult.ok("answered"))
          .refresh(Duration.ofSeconds(1)));
    }
    cached = cachedBuilder.build();
    refreshed = refreshedBuilder.build();
    cached.run();
    while (refreshed.latest().size() < 3) {
      Thread.sleep(1);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    cached.close();
    refreshed.close();
  }

  @Benchmark
  public HealthResponse cachedProbe() {
    return cached.run();
  }

  @Benchmark
  public HealthResponse refreshedProbe() {
    return refreshed.run();
  }
}
