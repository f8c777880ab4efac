package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The default pool runs every check of a call at once, however many there are. */
class DefaultExecutorTest {

  @Test
  void moreChecksThanTheMinimumStillAllRunAtOnce() {
    int checks = CheckExecutors.MINIMUM_THREADS + 4;
    CountDownLatch allStarted = new CountDownLatch(checks);
    HealthChecker.Builder builder = HealthChecker.builder().timeout(Duration.ofSeconds(30));
    for (int i = 0; i < checks; i++) {
      builder.check("check" + i, () -> {
        allStarted.countDown();
        return allStarted.await(20, TimeUnit.SECONDS)
            ? CheckResult.ok("overlapped")
            : CheckResult.fail("ran without the others");
      });
    }

    HealthReport report = builder.build().report();
    assertEquals(HealthReport.Status.PASS, report.status(), report.toString());
  }
}
