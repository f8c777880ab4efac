package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background refresh: when refreshed checks run, what requests get, and staleness. */
class RefreshTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    release.countDown();
    for (AutoCloseable each : closing) {
      each.close();
    }
  }

  private HealthChecker build(HealthChecker.Builder builder) {
    HealthChecker checker = builder.build();
    closing.add(checker);
    return checker;
  }

  @Test
  void aRefreshedCheckRunsAtTheCheckersStartWithoutAnyRequest() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    build(HealthChecker.builder().clock(clock).check(
        CheckDefinition.of("db", () -> {
          ran.countDown();
          return CheckResult.ok("up");
        }).refresh(Duration.ofHours(1))));

    assertTrue(ran.await(20, TimeUnit.SECONDS));
  }

  @Test
  void aRequestBeforeTheFirstResultWaitsForThatRunAndStartsNoOther() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    HealthChecker checker = build(HealthChecker.builder().clock(clock).check(
        CheckDefinition.of("db", () -> {
          runs.incrementAndGet();
          started.countDown();
          Uninterruptibly.await(release);
          return CheckResult.ok("first");
        }).refresh(Duration.ofHours(1)).timeout(Duration.ofSeconds(30))));
    assertTrue(started.await(20, TimeUnit.SECONDS));

    ExecutorService caller = Executors.newSingleThreadExecutor();
    closing.add(caller::shutdownNow);
    Future<HealthReport> request = caller.submit(() -> checker.report());
    release.countDown();

    assertEquals("first", request.get(20, TimeUnit.SECONDS).results().get(0).output());
    assertEquals(1, runs.get());
  }

  @Test
  void requestsAreAnsweredFromTheLatestResultAndNeverRunTheCheck() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    HealthChecker checker = build(HealthChecker.builder().clock(clock).check(
        CheckDefinition.of("db", () -> {
          runs.incrementAndGet();
          ran.countDown();
          return CheckResult.ok("up");
        }).refresh(Duration.ofHours(1))));
    assertTrue(ran.await(20, TimeUnit.SECONDS));
    CheckReport first = checker.report().results().get(0);

    // Past every TTL, but within the staleness bound: still the refreshed result.
    clock.advance(Duration.ofMinutes(90));
    for (int i = 0; i < 50; i++) {
      assertEquals(first, checker.report().results().get(0));
    }
    assertEquals(1, runs.get());
  }

  @Test
  void aResultOlderThanTwicePeriodPlusTimeoutIsReportedFailedAndStale() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    HealthChecker checker = build(HealthChecker.builder().clock(clock).check(
        CheckDefinition.of("db", () -> {
          ran.countDown();
          return CheckResult.ok("up");
        }).refresh(Duration.ofHours(1)).timeout(Duration.ofSeconds(1))));
    assertTrue(ran.await(20, TimeUnit.SECONDS));
    awaitLatest(checker);

    clock.advance(Duration.ofHours(2).plusSeconds(1));
    assertTrue(checker.report().results().get(0).passed(), "at the bound exactly: not yet stale");

    clock.advance(Duration.ofMillis(1));
    CheckReport stale = checker.report().results().get(0);
    assertFalse(stale.passed());
    assertEquals("stale: no result since 2026-01-01T00:00:00Z, more than twice the refresh period"
        + " plus the timeout (7201000 ms); the last one: up", stale.output());
    assertEquals(HealthReport.Status.FAIL, checker.report().status());
    assertFalse(checker.latest().get(0).passed(), "metrics see it too");
  }

  @Test
  void aHungRefreshHoldsOneThreadAndIsNotStartedAgain() {
    AtomicInteger runs = new AtomicInteger();
    HealthChecker checker = build(HealthChecker.builder().clock(Clock.systemUTC()).check(
        CheckDefinition.of("hung", () -> {
          runs.incrementAndGet();
          Uninterruptibly.await(release);
          return CheckResult.ok("late");
        }).refresh(Duration.ofMillis(20)).timeout(Duration.ofMillis(100))));

    // The deadline is armed by the refresher itself: no request is needed to see the timeout, and
    // "still running" only once later ticks found the same run going on.
    String output = awaitOutput(checker, "still running since");
    assertTrue(output.startsWith("timed out after 100 ms; still running since "), output);
    assertEquals(1, runs.get());
  }

  @Test
  void refreshesFinishingWhileRequestsReadNeverGoBackwardsOrRunOnARequestThread() throws Exception {
    AtomicInteger counter = new AtomicInteger();
    Set<String> checkThreads = ConcurrentHashMap.newKeySet();
    HealthChecker checker = build(HealthChecker.builder().clock(Clock.systemUTC()).check(
        CheckDefinition.of("counter", () -> {
          checkThreads.add(Thread.currentThread().getName());
          return CheckResult.ok(Integer.toString(counter.incrementAndGet()));
        }).refresh(Duration.ofMillis(1))));
    ExecutorService readers = Executors.newFixedThreadPool(4, runnable -> new Thread(runnable, "reader"));
    closing.add(readers::shutdownNow);
    List<Future<Integer>> reads = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      reads.add(readers.submit(() -> {
        int last = 0;
        while (counter.get() < 200) {
          int seen = Integer.parseInt(checker.report().results().get(0).output());
          assertTrue(seen >= last, "went back from " + last + " to " + seen);
          last = seen;
        }
        return last;
      }));
    }
    for (Future<Integer> read : reads) {
      assertTrue(read.get(60, TimeUnit.SECONDS) > 0);
    }
    assertFalse(checkThreads.contains("reader"), "a request ran the check: " + checkThreads);
  }

  @Test
  void closeStopsRefreshesAndTheDefaultPoolButNotAGivenExecutor() throws Exception {
    ExecutorService own = Executors.newCachedThreadPool();
    closing.add(own::shutdownNow);
    HealthChecker withOwn = HealthChecker.builder().executor(own).check("db", () -> CheckResult.ok("up")).build();
    withOwn.close();
    assertFalse(own.isShutdown());

    HealthChecker withDefault =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("up")).build();
    withDefault.close();
    CheckReport afterClose = withDefault.report().results().get(0);
    assertFalse(afterClose.passed());
    assertTrue(afterClose.output().startsWith("java.util.concurrent.RejectedExecutionException"),
        afterClose.output());
  }

  private static void awaitLatest(HealthChecker checker) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (checker.latest().isEmpty() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  private static String awaitOutput(HealthChecker checker, String part) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      List<CheckReport> latest = checker.latest();
      if (!latest.isEmpty() && latest.get(0).output().contains(part)) {
        return latest.get(0).output();
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    throw new AssertionError("never reported '" + part + "': " + checker.latest());
  }
}
