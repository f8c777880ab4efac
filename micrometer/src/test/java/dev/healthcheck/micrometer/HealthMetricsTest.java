package dev.healthcheck.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthListener;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The binder as Prometheus sees it: a real registry, scraped, its text parsed. */
class HealthMetricsTest {

  private static final OptionalDouble PASSED = OptionalDouble.of(1);
  private static final OptionalDouble FAILED = OptionalDouble.of(0);
  private static final OptionalDouble NONE = OptionalDouble.empty();

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Runs runs = new Runs();
  private HealthChecker checker;
  private HealthMetrics binder;

  @AfterEach
  void close() {
    registry.close();
  }

  @Test
  void statusIsOneForAPassedCheckAndZeroForAFailedOneCriticalOrNot() throws Exception {
    bind(HealthChecker.builder()
        .check("db", () -> CheckResult.ok("connected"))
        .check("payments", () -> CheckResult.fail("refused"))
        .check(CheckDefinition.of("cache", () -> CheckResult.fail("cold")).critical(false)));
    checker.run();
    runs.await(3);

    PrometheusText text = scrape();
    assertEquals(PASSED, text.value("health_check_status", "check", "db", "critical", "true"));
    assertEquals(FAILED, text.value("health_check_status", "critical", "true", "check", "payments"));
    assertEquals(FAILED, text.value("health_check_status", "check", "cache", "critical", "false"));
    assertEquals(FAILED, text.value("health_status"));
  }

  @Test
  void aFailedNonCriticalCheckLeavesTheServiceHealthy() throws Exception {
    bind(HealthChecker.builder()
        .check("db", () -> CheckResult.ok("connected"))
        .check(CheckDefinition.of("cache", () -> CheckResult.fail("cold")).critical(false)));
    checker.run();
    runs.await(2);

    assertEquals(PASSED, scrape().value("health_status"));
  }

  @Test
  void healthStatusFollowsTheLatestRuns() throws Exception {
    AtomicBoolean up = new AtomicBoolean(true);
    bind(uncached().check("db", () -> up.get() ? CheckResult.ok("up") : CheckResult.fail("down")));
    checker.run();
    runs.await(1);
    assertEquals(PASSED, scrape().value("health_status"));

    up.set(false);
    checker.run();
    runs.await(1);
    PrometheusText down = scrape();
    assertEquals(FAILED, down.value("health_status"));
    assertEquals(FAILED, down.value("health_check_status", "check", "db", "critical", "true"));

    up.set(true);
    checker.run();
    runs.await(1);
    assertEquals(PASSED, scrape().value("health_status"));
  }

  @Test
  void scrapesRunNoCheck() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    bind(uncached().check("db", () -> {
      calls.incrementAndGet();
      return CheckResult.ok("up");
    }));
    scrape();
    assertEquals(0, calls.get());

    checker.run();
    runs.await(1);
    for (int i = 0; i < 10; i++) {
      assertEquals(PASSED, scrape().value("health_check_status", "check", "db", "critical", "true"));
    }
    assertEquals(1, calls.get());
  }

  @Test
  void aCheckThatNeverRanHasNoSeriesAndNothingReadsAsHealthyBeforeAResult() throws Exception {
    bind(HealthChecker.builder()
        .check(CheckDefinition.of("db", () -> CheckResult.ok("up")).groups("readiness"))
        .check(CheckDefinition.of("heap", () -> CheckResult.ok("fine")).groups("liveness")));
    PrometheusText before = scrape();
    assertTrue(before.samples("health_check_status").isEmpty());
    assertTrue(Double.isNaN(before.value("health_status").getAsDouble()));
    assertTrue(Double.isNaN(before.value("health_group_status", "group", "readiness").getAsDouble()));

    checker.run("db");
    runs.await(1);
    PrometheusText after = scrape();
    assertEquals(PASSED, after.value("health_check_status", "check", "db", "critical", "true"));
    assertEquals(NONE, after.value("health_check_status", "check", "heap", "critical", "true"));
    assertTrue(after.samples("health_check_duration_seconds_count").stream()
        .noneMatch(sample -> sample.labels().get("check").equals("heap")));
    assertEquals(PASSED, after.value("health_status"));
    assertEquals(PASSED, after.value("health_group_status", "group", "readiness"));
    assertTrue(Double.isNaN(after.value("health_group_status", "group", "liveness").getAsDouble()));
  }

  @Test
  void groupStatusFailsOnlyWithACriticalCheckOfTheGroup() throws Exception {
    bind(HealthChecker.builder()
        .check(CheckDefinition.of("db", () -> CheckResult.fail("down")).groups("readiness"))
        .check(CheckDefinition.of("cache", () -> CheckResult.fail("cold")).groups("liveness").critical(false))
        .check(CheckDefinition.of("heap", () -> CheckResult.ok("fine")).groups("liveness", "readiness")));
    checker.run();
    runs.await(3);

    PrometheusText text = scrape();
    assertEquals(FAILED, text.value("health_group_status", "group", "readiness"));
    assertEquals(PASSED, text.value("health_group_status", "group", "liveness"));
  }

  @Test
  void durationCountsRealRunsAndNotCacheHits() throws Exception {
    AtomicBoolean up = new AtomicBoolean(true);
    bind(HealthChecker.builder()
        .check("db", () -> up.get() ? CheckResult.ok("up") : CheckResult.fail("down"))
        .check(CheckDefinition.of("queue", () -> CheckResult.ok("empty")).successTtl(Duration.ZERO)));
    for (int i = 0; i < 3; i++) {
      checker.run();
    }
    // db ran once and was then served from its cache (27 s); queue is never cached.
    runs.await(4);

    PrometheusText text = scrape();
    assertEquals(OptionalDouble.of(1), text.value("health_check_duration_seconds_count", "check", "db", "outcome", "passed"));
    assertEquals(OptionalDouble.of(3), text.value("health_check_duration_seconds_count", "check", "queue", "outcome", "passed"));
    assertEquals(NONE, text.value("health_check_duration_seconds_count", "check", "db", "outcome", "failed"));
  }

  @Test
  void aTimedOutRunIsTimedAsFailed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    bind(HealthChecker.builder()
        .check(CheckDefinition.of("slow", () -> {
          release.await();
          return CheckResult.ok("late");
        }).timeout(Duration.ofMillis(50))));
    // Released only at the end: a run that answers after its timeout is a run of its own.
    try {
      checker.run();
      runs.await(1);

      PrometheusText text = scrape();
      assertEquals(OptionalDouble.of(1), text.value("health_check_duration_seconds_count", "check", "slow", "outcome", "failed"));
      assertEquals(NONE, text.value("health_check_duration_seconds_count", "check", "slow", "outcome", "passed"));
      assertEquals(FAILED, text.value("health_check_status", "check", "slow", "critical", "true"));
    } finally {
      release.countDown();
    }
  }

  @Test
  void checksThatRanBeforeTheBindingShowAtOnce() throws Exception {
    checker = HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build();
    checker.run();
    new HealthMetrics(checker).bindTo(registry);

    PrometheusText text = scrape();
    assertEquals(PASSED, text.value("health_check_status", "check", "db", "critical", "true"));
    assertEquals(PASSED, text.value("health_status"));
  }

  @Test
  void tagsNeverHoldAnOutput() throws Exception {
    bind(HealthChecker.builder()
        .check("db", () -> CheckResult.fail("refused by 10.0.0.7"))
        .check("disk", () -> {
          throw new IllegalStateException("disk gone at /var/data");
        }));
    checker.run();
    runs.await(2);

    for (PrometheusText.Sample sample : scrape().samplesStartingWith("health_")) {
      for (String value : sample.labels().values()) {
        assertFalse(value.contains("10.0.0.7") || value.contains("/var/data"), sample.toString());
      }
    }
  }

  @Test
  void anUnreferencedBinderAndCheckerGoOnReporting() throws Exception {
    bindAndForget();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    PrometheusText text = scrape();
    assertEquals(PASSED, text.value("health_check_status", "check", "db", "critical", "true"));
    assertEquals(PASSED, text.value("health_status"));
  }

  @Test
  void oneBinderFeedsSeveralRegistries() throws Exception {
    PrometheusMeterRegistry other = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try {
      bind(HealthChecker.builder().check("db", () -> CheckResult.ok("up")));
      // bind() bound the first registry; the same binder binds a second one.
      binder.bindTo(other);
      checker.run();
      runs.await(1);

      for (PrometheusMeterRegistry each : new PrometheusMeterRegistry[] {registry, other}) {
        PrometheusText text = PrometheusText.parse(each.scrape());
        assertEquals(PASSED, text.value("health_check_status", "check", "db", "critical", "true"));
        assertEquals(OptionalDouble.of(1), text.value("health_check_duration_seconds_count", "check", "db", "outcome", "passed"));
      }
    } finally {
      other.close();
    }
  }

  /** Only the registry keeps the binder, and through it the checker, once this returns. */
  private void bindAndForget() throws InterruptedException {
    HealthChecker forgotten = HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build();
    Runs ran = new Runs();
    new HealthMetrics(forgotten).bindTo(registry);
    forgotten.addListener(ran);
    forgotten.run();
    ran.await(1);
  }

  /** Builds the checker, binds a binder to the registry, then listens for runs after it. */
  private void bind(HealthChecker.Builder builder) {
    checker = builder.build();
    binder = new HealthMetrics(checker);
    binder.bindTo(registry);
    // Listeners hear each event in the order they were added: once this one has, the binder has.
    checker.addListener(runs);
  }

  private static HealthChecker.Builder uncached() {
    return HealthChecker.builder().successTtl(Duration.ZERO).failedTtl(Duration.ZERO);
  }

  private PrometheusText scrape() {
    return PrometheusText.parse(registry.scrape());
  }

  /** Counts real runs, so a test can wait until the binder has heard of them. */
  private static final class Runs implements HealthListener {
    private final Semaphore ran = new Semaphore(0);

    @Override
    public void checkRan(CheckReport run) {
      ran.release();
    }

    void await(int count) throws InterruptedException {
      assertTrue(ran.tryAcquire(count, 10, TimeUnit.SECONDS), "the listeners did not hear " + count + " runs");
    }
  }
}
