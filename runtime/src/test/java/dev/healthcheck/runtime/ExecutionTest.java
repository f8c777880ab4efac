package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency, timeouts and single-flight, proven with latches rather than sleeps: a test that
 * needs checks to overlap makes each one wait for all the others.
 */
class ExecutionTest {

  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  /** Released at the end of every test, so no check thread outlives it. */
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<ExecutorService> executors = new ArrayList<>();

  @AfterEach
  void releaseHungChecks() {
    release.countDown();
    executors.forEach(ExecutorService::shutdownNow);
  }

  /** A check that ignores the interrupt at its deadline, and returns only when released. */
  private CheckResult hang(AtomicInteger invocations) {
    invocations.incrementAndGet();
    Uninterruptibly.await(release);
    return CheckResult.ok("returned at last");
  }

  @Test
  void checksOfOneCallRunConcurrentlyOnTheDefaultExecutor() {
    int checks = CheckExecutors.MINIMUM_THREADS;
    CountDownLatch allStarted = new CountDownLatch(checks);
    HealthChecker.Builder builder = HealthChecker.builder().clock(clock).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < checks; i++) {
      builder.check("check" + i, () -> {
        allStarted.countDown();
        // Passes only if every other check is running at the same time.
        return allStarted.await(20, TimeUnit.SECONDS)
            ? CheckResult.ok("overlapped")
            : CheckResult.fail("ran alone");
      });
    }

    HealthReport report = builder.build().report();
    assertEquals(HealthReport.Status.PASS, report.status(), report.toString());
    assertEquals(checks, report.results().size());
  }

  @Test
  void checkPastItsTimeoutIsAFailedResultAndTheResponseGoesOut() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("hung", () -> hang(invocations)).timeout(SHORT_TIMEOUT))
            .check("fine", () -> CheckResult.ok("fine"))
            .build();

    // The first caller waits for the deadline, not for the check: well within a few seconds.
    HealthResponse response = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> checker.run());

    assertEquals(500, response.status());
    var results = Json.parse(response).get("results");
    assertEquals("timed out after 200 ms", results.get(0).get("output").asText());
    assertFalse(results.get(0).get("passed").asBoolean());
    assertTrue(results.get(0).get("response_time").asDouble() >= 0.2);
    assertTrue(results.get(1).get("passed").asBoolean());
  }

  @Test
  void checkTimeoutOverridesTheDefault() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .timeout(SHORT_TIMEOUT)
            .check(CheckDefinition.of("slow", () -> hang(invocations)).timeoutMillis(300))
            .check("default", () -> hang(invocations))
            .build();

    HealthReport report = checker.report();
    assertEquals("timed out after 300 ms", report.results().get(0).output());
    assertEquals("timed out after 200 ms", report.results().get(1).output());
  }

  @Test
  void hungCheckIsNotStartedAgainUntilItReturns() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .failedTtl(Duration.ZERO)
            .check(CheckDefinition.of("hung", () -> hang(invocations)).timeout(SHORT_TIMEOUT))
            .build();

    for (int i = 0; i < 5; i++) {
      assertEquals("timed out after 200 ms", checker.report().results().get(0).output());
    }
    assertEquals(1, startsOnceStarted(invocations));

    release.countDown();
    CheckReport after = awaitOutput(checker, "returned at last");
    assertTrue(after.passed());
    assertEquals(1, startsOnceStarted(invocations), "the run that hung delivered its own result");
  }

  @Test
  void callerJoiningARunAlreadyPastItsDeadlineIsAnsweredAtOnce() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .failedTtl(Duration.ZERO)
            .check(CheckDefinition.of("hung", () -> hang(invocations)).timeout(SHORT_TIMEOUT))
            .build();
    checker.report();

    long started = System.nanoTime();
    CheckReport second = checker.report().results().get(0);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertEquals("timed out after 200 ms", second.output());
    // The first caller already waited the whole timeout; the second must not wait it again.
    assertTrue(waitedMillis < SHORT_TIMEOUT.toMillis(), "waited " + waitedMillis + " ms");
  }

  @Test
  void timeoutIsCachedAsAFailureWhileTheRunIsStillGoing() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("hung", () -> hang(invocations)).timeout(SHORT_TIMEOUT))
            .build();

    CheckReport first = checker.report().results().get(0);
    CheckReport cached = checker.report().results().get(0);
    assertEquals(first, cached);
    assertEquals(first.timestamp().plusSeconds(9), first.expires());

    clock.advance(Duration.ofSeconds(10));
    CheckReport afterExpiry = checker.report().results().get(0);
    assertEquals("timed out after 200 ms; still running since 2026-01-01T00:00:00Z", afterExpiry.output());
    assertEquals(SHORT_TIMEOUT, afterExpiry.responseTime(), "the time waited, not the age of the run");
    assertEquals(1, startsOnceStarted(invocations));
  }

  @Test
  void answerOfAHungRunReplacesItsCachedTimeoutEvenWhenItIsNotCached() {
    AtomicInteger invocations = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successTtl(Duration.ZERO)
            .check(CheckDefinition.of("hung", () -> hang(invocations)).timeout(SHORT_TIMEOUT))
            .build();
    assertEquals("timed out after 200 ms", checker.report().results().get(0).output());

    release.countDown();
    CheckReport recovered = awaitOutput(checker, "returned at last");
    assertTrue(recovered.passed());
    assertEquals("returned at last", checker.report().results().get(0).output(),
        "the timeout cached for 9 s was dropped when the check answered");
  }

  @Test
  void hundredConcurrentCallersShareOneInvocation() throws Exception {
    AtomicInteger invocations = new AtomicInteger();
    CountDownLatch running = new CountDownLatch(1);
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successTtl(Duration.ZERO)
            .timeout(Duration.ofSeconds(30))
            .check("shared", () -> {
              invocations.incrementAndGet();
              running.countDown();
              release.await();
              return CheckResult.ok("one call for all");
            })
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(100);
    executors.add(callers);
    List<Thread> callerThreads = new ArrayList<>();
    List<Future<HealthReport>> reports = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      reports.add(callers.submit(() -> {
        synchronized (callerThreads) {
          callerThreads.add(Thread.currentThread());
        }
        return checker.report();
      }));
    }

    assertTrue(running.await(20, TimeUnit.SECONDS));
    awaitAllWaiting(callerThreads, 100);
    release.countDown();

    Set<CheckReport> distinct = new HashSet<>();
    for (Future<HealthReport> report : reports) {
      CheckReport result = report.get(20, TimeUnit.SECONDS).results().get(0);
      assertEquals("one call for all", result.output());
      distinct.add(result);
    }
    assertEquals(1, startsOnceStarted(invocations));
    assertEquals(1, distinct.size(), "every caller got the very same result");
  }

  @Test
  void asyncCheckCompletesLaterOnAnotherThread() {
    CompletableFuture<CheckResult> answer = new CompletableFuture<>();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.async("remote", () -> {
              Thread completer = new Thread(() -> answer.complete(CheckResult.ok("remote ok")));
              completer.start();
              return answer;
            }))
            .build();

    CheckReport result = checker.report().results().get(0);
    assertTrue(result.passed());
    assertEquals("remote ok", result.output());
  }

  @Test
  void asyncCheckThatNeverCompletesTimesOutAndIsNotStartedAgain() {
    AtomicInteger starts = new AtomicInteger();
    CompletableFuture<CheckResult> never = new CompletableFuture<>();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .failedTtl(Duration.ZERO)
            .check(CheckDefinition.async("remote", () -> {
              starts.incrementAndGet();
              return never;
            }).timeout(SHORT_TIMEOUT))
            .build();

    assertEquals("timed out after 200 ms", checker.report().results().get(0).output());
    assertEquals("timed out after 200 ms", checker.report().results().get(0).output());
    assertEquals(1, startsOnceStarted(starts));

    never.complete(CheckResult.ok("late but fine"));
    assertEquals("late but fine", checker.report().results().get(0).output());
    assertEquals(1, starts.get(), "its late result was kept, no new start needed");
  }

  @Test
  void executorThatRejectsIsAFailedResult() {
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();
    HealthChecker checker =
        HealthChecker.builder().clock(clock).executor(closed).check("db", () -> CheckResult.ok("")).build();

    CheckReport result = checker.report().results().get(0);
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("java.util.concurrent.RejectedExecutionException"),
        result.output());
  }

  @Test
  void givenExecutorRunsTheChecks() {
    ExecutorService own = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "own-pool"));
    executors.add(own);
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .executor(own)
            .check("where", () -> CheckResult.ok(Thread.currentThread().getName()))
            .build();

    assertEquals("own-pool", checker.report().results().get(0).output());
  }

  /**
   * The count once the first start has happened: on a loaded machine the pool may start the
   * check after its caller has already timed out, and "started once" is what the tests assert.
   */
  private static int startsOnceStarted(AtomicInteger starts) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (starts.get() == 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // not a spin: the check needs the core
    }
    return starts.get();
  }

  private CheckReport awaitOutput(HealthChecker checker, String output) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      CheckReport result = checker.report().results().get(0);
      if (result.output().equals(output)) {
        return result;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    throw new AssertionError("the check never reported '" + output + "'");
  }

  /** Waits until every caller is parked waiting for the shared run. */
  private static void awaitAllWaiting(List<Thread> threads, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      synchronized (threads) {
        if (threads.size() == expected
            && threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING
                || t.getState() == Thread.State.WAITING)) {
          return;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("callers did not all wait for the shared run");
  }
}
