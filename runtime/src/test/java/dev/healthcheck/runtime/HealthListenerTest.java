package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listeners and {@code latest()}: what they hear, when, on which thread, and in which order. */
class HealthListenerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Recorder recorder = new Recorder();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<ExecutorService> executors = new ArrayList<>();

  @AfterEach
  void releaseHungChecks() {
    release.countDown();
    executors.forEach(ExecutorService::shutdownNow);
  }

  /** A check that runs on every call: its event, queued behind all others, says they are done. */
  private static final CheckDefinition MARKER =
      CheckDefinition.of("marker", () -> CheckResult.ok("")).successTtl(Duration.ZERO);

  /** Every event, as text, with the thread it came on. */
  private static final class Recorder implements HealthListener {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    final BlockingQueue<CheckReport> runs = new LinkedBlockingQueue<>();
    final BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();

    @Override
    public void checkRan(CheckReport run) {
      threads.add(Thread.currentThread());
      runs.add(run);
      events.add("ran " + run.checker() + " " + run.passed() + " " + run.output());
    }

    @Override
    public void checkChanged(CheckReport previous, CheckReport current) {
      if (current.checker().equals(MARKER.name())) {
        return;
      }
      events.add("changed " + current.checker() + " "
          + (previous == null ? "null" : previous.passed()) + "->" + current.passed());
    }

    String next() throws InterruptedException {
      String event = events.poll(20, TimeUnit.SECONDS);
      assertNotNull(event, "no event came");
      return event;
    }

    /** Nothing more was queued if the marker check's run is the next event. */
    void assertNothingMore(HealthChecker checker) throws InterruptedException {
      checker.run(MARKER.name());
      String event = next();
      assertTrue(event.startsWith("ran " + MARKER.name()), "unexpected event " + event);
    }
  }

  @Test
  void checkRanForEveryRealRunButNotForCacheHits() throws Exception {
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .listener(recorder)
            .check("db", () -> CheckResult.ok("up"))
            .check(MARKER)
            .build();

    checker.run("db");
    assertEquals("ran db true up", recorder.next());
    assertEquals("changed db null->true", recorder.next());
    checker.run("db");
    checker.run("db");
    recorder.assertNothingMore(checker);

    clock.advance(Duration.ofSeconds(28));
    checker.run("db");
    assertEquals("ran db true up", recorder.next());
  }

  @Test
  void checkChangedForTheFirstResultThenOnlyWhenPassedFlips() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    boolean[] answers = {true, true, false, false, true};
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successTtl(Duration.ZERO)
            .failedTtl(Duration.ZERO)
            .listener(recorder)
            .check("flaky", () -> answers[calls.getAndIncrement()] ? CheckResult.ok("ok") : CheckResult.fail("down"))
            .build();

    for (int i = 0; i < answers.length; i++) {
      checker.run();
    }
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < answers.length * 2 - 2; i++) {
      String event = recorder.next();
      if (event.startsWith("changed")) {
        changes.add(event);
      }
    }
    assertEquals(
        List.of("changed flaky null->true", "changed flaky true->false", "changed flaky false->true"),
        changes);
  }

  @Test
  void aTimeoutIsAFailedRunHeardOffTheRequestThread() throws Exception {
    Duration timeout = Duration.ofMillis(200);
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .listener(recorder)
            .check(CheckDefinition.of("hung", () -> {
              release.await();
              return CheckResult.ok("late");
            }).timeout(timeout))
            .build();

    checker.run();

    CheckReport run = recorder.runs.poll(20, TimeUnit.SECONDS);
    assertNotNull(run);
    assertFalse(run.passed());
    assertEquals("timed out after 200 ms", run.output());
    assertEquals(timeout, run.responseTime());
    assertNotEquals(Thread.currentThread(), recorder.threads.poll(20, TimeUnit.SECONDS),
        "the timeout is decided on the request's thread, but heard on the listeners' own");
  }

  @Test
  void listenersNeverRunOnTheRequestThreadEvenWhenTheCheckDoes() throws Exception {
    // A same-thread executor runs the check on the caller's thread.
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .executor(Runnable::run)
            .listener(recorder)
            .check("db", () -> CheckResult.ok(Thread.currentThread().getName()))
            .build();

    checker.run();

    assertNotEquals(Thread.currentThread(), recorder.threads.poll(20, TimeUnit.SECONDS));
  }

  @Test
  void aThrowingListenerIsLoggedAndChangesNothing() throws Exception {
    AtomicBoolean threw = new AtomicBoolean();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .listener(new HealthListener() {
              @Override
              public void checkRan(CheckReport run) {
                threw.set(true);
                throw new IllegalStateException("listener bug");
              }
            })
            .listener(recorder)
            .check("db", () -> CheckResult.ok("up"))
            .build();

    HealthReport report = checker.report();

    assertEquals("ran db true up", recorder.next(), "the next listener still hears");
    assertTrue(threw.get());
    assertEquals(HealthReport.Status.PASS, report.status());
    assertEquals(report.results(), checker.latest());
  }

  @Test
  void aListenerAddedToABuiltCheckerHearsLaterRuns() throws Exception {
    HealthChecker checker =
        HealthChecker.builder().clock(clock).check("db", () -> CheckResult.ok("up")).check(MARKER).build();
    checker.run("db");

    checker.addListener(recorder);
    clock.advance(Duration.ofSeconds(28));
    checker.run("db");

    assertEquals("ran db true up", recorder.next());
    // Its first result for this listener was before it listened: the state did not change now.
    recorder.assertNothingMore(checker);
  }

  @Test
  void latestHoldsTheChecksThatHaveAResultAndRunsNothing() {
    AtomicInteger runs = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .check(CheckDefinition.of("db", () -> {
              runs.incrementAndGet();
              return CheckResult.fail("down");
            }).groups("readiness"))
            .check("cache", () -> CheckResult.ok("up"))
            .build();
    assertEquals(List.of(), checker.latest());

    CheckReport db = checker.report(HealthQuery.named("db")).results().get(0);
    clock.advance(Duration.ofHours(1));
    List<CheckReport> latest = checker.latest();

    assertEquals(List.of(db), latest, "cache has not run; db's expired result is still its latest");
    assertEquals(Set.of("readiness"), latest.get(0).groups());
    assertEquals(1, runs.get());
  }

  @Test
  void oneChecksEventsComeInTheOrderItsRunsFinishedUnderConcurrentCallers() throws Exception {
    AtomicInteger counter = new AtomicInteger();
    HealthChecker checker =
        HealthChecker.builder()
            .clock(clock)
            .successTtl(Duration.ZERO)
            .listener(recorder)
            .check("counter", () -> CheckResult.ok(Integer.toString(counter.incrementAndGet())))
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    executors.add(callers);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(callers.submit(() -> checker.run()));
    }
    for (Future<?> call : calls) {
      call.get(20, TimeUnit.SECONDS);
    }

    int runs = counter.get();
    for (int expected = 1; expected <= runs; expected++) {
      CheckReport run = recorder.runs.poll(20, TimeUnit.SECONDS);
      assertNotNull(run);
      assertEquals(Integer.toString(expected), run.output());
    }
    assertNull(recorder.runs.poll(100, TimeUnit.MILLISECONDS), "one event per run");
  }
}
