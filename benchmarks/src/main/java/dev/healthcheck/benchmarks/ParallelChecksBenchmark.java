package dev.healthcheck.benchmarks;

import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthResponse;
import java.time.Duration;
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
 * Issue 6's target: 10 checks of 20 ms each, uncached, answered in under 30 ms at the median,
 * because the checks of one call run at once (serial runners, such as Dropwizard's and Spring
 * Boot Actuator's, take 200 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParallelChecksBenchmark {

  private HealthChecker checker;

  @Setup
  public void setUp() {
    HealthChecker.Builder builder =
        HealthChecker.builder().successTtl(Duration.ZERO).failedTtl(Duration.ZERO);
    for (int i = 0; i < 10; i++) {
      builder.check("dependency" + i, () -> {
        Thread.sleep(20); // a dependency that answers in 20 ms
        return CheckResult.ok("answered");
      });
    }
    checker = builder.build();
  }

  @Benchmark
  public HealthResponse tenChecksOfTwentyMillisecondsUncached() {
    return checker.run();
  }
}
