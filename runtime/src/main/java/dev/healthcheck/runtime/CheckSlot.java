package dev.healthcheck.runtime;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One registered check with its cache, its run in progress and its reported state.
 *
 * <p>Three rules keep a service safe when a dependency misbehaves:
 * <ul>
 *   <li>a fresh result is served from the cache (py-healthcheck's per-check cache, 27 s after a
 *       pass, 9 s after a failure, unless the check names its own TTLs);</li>
 *   <li>single-flight ({@link SingleFlight}): while the check runs, every caller waits for that run
 *       instead of starting another, so a burst of probes calls the dependency once;</li>
 *   <li>a caller waits at most until the run's start plus the timeout, then reports a timeout, and
 *       the check's thread is interrupted; a run that hangs anyway is never started again until it
 *       returns, so a hung dependency holds one thread, not one per probe.</li>
 * </ul>
 */
final class CheckSlot {

  private final CheckDefinition definition;
  private final Duration timeout;
  private final long timeoutNanos;
  private final Duration successTtl;
  private final Duration failedTtl;
  /** The background refresh period, or {@code null} when requests run the check. */
  private final Duration refresh;
  /** How old a refreshed check's result may grow before it is reported stale. */
  private final Duration staleAfter;
  private final RunSettings settings;
  private final SingleFlight<CheckOutcome> flights = new SingleFlight<>();
  private volatile CheckOutcome cached;
  /** Guarded by this slot. */
  private final ReportedState state;
  private volatile CheckReport latest;
  /** When the run in progress started, by the checker's clock. */
  private volatile Instant runStarted;
  /** The timeout report of the run in progress, once its deadline passed; guarded by this slot. */
  private CheckOutcome timedOut;
  /** The timeout counted for the run in progress, as reported; guarded by this slot. */
  private CheckReport counted;

  CheckSlot(CheckDefinition definition, RunSettings settings) {
    this.definition = definition;
    this.timeout = definition.timeout() == null ? settings.timeout() : definition.timeout();
    this.timeoutNanos = Deadlines.nanos(timeout);
    this.refresh = definition.refresh();
    this.staleAfter = refresh == null ? null : refresh.multipliedBy(2).plus(timeout);
    // A refreshed check's result is good until the next refresh: its TTLs are its period.
    this.successTtl = refresh != null ? refresh
        : definition.successTtl() == null ? settings.successTtl() : definition.successTtl();
    this.failedTtl = refresh != null ? refresh
        : definition.failedTtl() == null ? settings.failedTtl() : definition.failedTtl();
    this.settings = settings;
    this.state = new ReportedState(definition.failureThreshold(), definition.successThreshold());
  }

  CheckDefinition definition() {
    return definition;
  }

  /**
   * The latest reported result, or {@code null} before the first; runs nothing. A refreshed
   * check's result that has grown stale is reported failed, saying so.
   */
  CheckReport latest() {
    CheckReport report = latest;
    return report == null || refresh == null ? report : unlessStale(report, settings.clock().instant());
  }

  /**
   * The cached result if it is still fresh at {@code now}, else {@code null}. A refreshed check
   * answers with its latest result, however old: requests never run it once it has one.
   */
  CheckOutcome cached(Instant now) {
    CheckOutcome hit = cached;
    if (hit == null || refresh == null) {
      return hit != null && isFresh(hit, now) ? hit : null;
    }
    CheckReport report = unlessStale(hit.report(), now);
    return report == hit.report() ? hit : new CheckOutcome(report);
  }

  /**
   * The report itself, or, once it is older than twice the refresh period plus the timeout by
   * the checker's clock, a failed report that says it is stale: a refresh that stopped must not
   * look healthy (Dropwizard's {@code @Async} checks did, dropwizard/metrics#1355).
   */
  private CheckReport unlessStale(CheckReport report, Instant now) {
    if (!now.isAfter(Deadlines.plus(report.timestamp(), staleAfter))) {
      return report;
    }
    return new CheckReport(
        report.checker(),
        "stale: no result since " + report.timestamp() + ", more than twice the refresh period plus"
            + " the timeout (" + staleAfter.toMillis() + " ms); the last one: " + report.output(),
        false,
        report.critical(),
        report.timestamp(),
        report.expires(),
        report.responseTime(),
        report.groups());
  }

  /** Joins the run in progress, or starts one. */
  Flight<CheckOutcome> join(Instant now) {
    return flights.join(started -> launch(started, now));
  }

  /** Whether the check runs in the background rather than at requests. */
  boolean isRefreshed() {
    return refresh != null;
  }

  /** The background refresh period; only for a refreshed check. */
  Duration refreshPeriod() {
    return refresh;
  }

  /**
   * One background refresh: starts a run unless one is in progress, and arms its deadline, since
   * no caller may be waiting to notice it. A run still going past its deadline gets its timeout
   * (or a fresh "still running") here too.
   */
  void refresh(ScheduledExecutorService scheduler) {
    Flight<CheckOutcome> run = flights.join(started -> {
      start(started);
      try {
        scheduler.schedule(() -> deadline(started), timeoutNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closed) {
        // The checker is closing: nothing more is refreshed or timed.
      }
    });
    deadline(run);
  }

  /** Records a timeout if the run is still going past its deadline; its thread is interrupted. */
  private void deadline(Flight<CheckOutcome> run) {
    if (flights.inProgress(run)
        && System.nanoTime() - run.startNanos() >= timeoutNanos
        && run.expire()) {
      timedOut(run);
    }
  }

  /**
   * Whether a result may still be served at {@code now}: not expired (inclusive, as in
   * py-healthcheck), and not from the future either: after the wall clock steps back, an entry
   * that seems to expire in an hour is stale, not fresh.
   */
  private static boolean isFresh(CheckOutcome outcome, Instant now) {
    CheckReport report = outcome.report();
    return !now.isAfter(report.expires()) && !now.isBefore(report.timestamp());
  }

  private void launch(Flight<CheckOutcome> run, Instant now) {
    // A run may have finished between the caller's cache read and this run's start: its result
    // is fresh, and this run lands with it at once.
    CheckOutcome justFinished = cached(now);
    if (justFinished != null) {
      flights.land(run, justFinished);
      return;
    }
    start(run);
  }

  private void start(Flight<CheckOutcome> run) {
    runStarted = settings.clock().instant();
    try {
      settings.executor().execute(() -> invoke(run));
    } catch (RejectedExecutionException rejected) {
      finish(run, run.startNanos(), null, rejected);
    }
  }

  private void invoke(Flight<CheckOutcome> run) {
    long started = System.nanoTime();
    CompletionStage<CheckResult> stage;
    run.enter();
    try {
      stage = definition.start();
    } catch (Throwable failure) {
      // Even an OutOfMemoryError is the check's result, not rethrown: on a pool thread it would
      // only kill the thread and print a stack trace at every rerun (issue 11).
      run.exit();
      finish(run, started, null, failure);
      return;
    }
    run.exit();
    if (stage == null) {
      finish(run, started, null, null);
      return;
    }
    stage.whenComplete((result, failure) -> finish(run, started, result, failure));
  }

  /** Records a run's outcome: the cache first, then the run is over, then its waiters wake. */
  private void finish(Flight<CheckOutcome> run, long startedNanos, CheckResult result, Throwable failure) {
    Duration responseTime = Duration.ofNanos(System.nanoTime() - startedNanos);
    boolean inTime = run.arrive();
    CheckOutcome outcome;
    try {
      CheckReport report;
      if (failure != null) {
        report = report(false, Failures.describe(failure), responseTime);
      } else if (result == null) {
        report = report(false, "returned null; a check must return a CheckResult", responseTime);
      } else {
        report = report(result.passed(), result.output(), responseTime);
      }
      synchronized (this) {
        if (inTime || report.passed()) {
          outcome = record(report, failure); // a late pass is news: the dependency is back
        } else {
          // Past its deadline, a failure (often the interruption at the deadline) is the
          // timeout, counted once, whether or not a caller has recorded it yet.
          outcome = timedOut == null ? record(report(false, timeoutOutput(), timeout), failure) : timedOut;
        }
        timedOut = null;
        flights.land(run, outcome);
      }
    } catch (RuntimeException | Error unexpected) {
      synchronized (this) {
        timedOut = null;
      }
      flights.crash(run, unexpected);
      throw unexpected;
    }
  }

  /**
   * Counts a real run: the thresholds decide what is reported, the report is cached and becomes
   * the latest, and the listeners hear of it. Even a result that is not cached (a zero TTL)
   * replaces what was: a timeout cached while the run hung must not outlive the run's own answer.
   * Callers hold this slot's lock, which keeps the listeners' events in the order runs finished.
   * The run is logged as it is counted: a failure loudly when the reported state changes, quietly
   * when it only goes on failing.
   */
  private CheckOutcome record(CheckReport run, Throwable failure) {
    CheckReport previous = state.latest();
    CheckReport reported = state.record(run);
    CheckOutcome outcome = new CheckOutcome(reported);
    cached = isCached(outcome) ? outcome : null;
    latest = reported;
    settings.notifier().ran(run, previous, reported);
    settings.log(run, failure, previous == null || previous.passed() != reported.passed());
    return outcome;
  }

  /** The run's result, or its timeout once it is past its deadline. */
  CheckOutcome await(Flight<CheckOutcome> run) {
    try {
      CheckOutcome outcome = run.await(timeoutNanos);
      return outcome != null ? outcome : timedOut(run);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new CheckOutcome(report(false, "interrupted while waiting for the check", Duration.ZERO));
    } catch (ExecutionException broken) {
      return new CheckOutcome(report(false, Failures.describe(broken), Duration.ZERO));
    }
  }

  /**
   * The result of a run past its deadline. Its first timeout is the run's result, counted like any
   * other, with the time waited as its response time; later callers share that report while it is
   * fresh, and then one that says the run is still going and since when, neither counted nor
   * logged: a burst of probes must not become a burst of work when the deadline passes, nor a
   * hung dependency a flood of log lines.
   */
  private CheckOutcome timedOut(Flight<CheckOutcome> run) {
    CheckOutcome outcome;
    synchronized (this) {
      if (!flights.inProgress(run)) {
        return await(run); // it landed just now: its own answer is better than a timeout
      }
      Instant now = settings.clock().instant();
      if (timedOut == null) {
        outcome = record(report(false, timeoutOutput(), timeout), null);
        counted = outcome.report();
      } else if (!isFresh(timedOut, now)) {
        // Not a run: the counted timeout again, as thresholds left it, saying the run goes on.
        outcome = new CheckOutcome(new CheckReport(
            counted.checker(),
            counted.output() + "; still running since " + runStarted,
            counted.passed(),
            counted.critical(),
            now,
            Deadlines.plus(now, counted.passed() ? successTtl : failedTtl),
            timeout,
            counted.groups()));
        if (isCached(outcome)) {
          cached = outcome;
        }
        latest = outcome.report();
      } else {
        outcome = timedOut;
      }
      timedOut = outcome;
    }
    return outcome;
  }

  private String timeoutOutput() {
    return "timed out after " + timeout.toMillis() + " ms";
  }

  /**
   * A run's result as it is reported. Its output is masked like every string of the environment
   * dump: what a check says is as public as the endpoint, and a connection string slips in easily.
   */
  private CheckReport report(boolean passed, String output, Duration responseTime) {
    Instant timestamp = settings.clock().instant();
    Duration ttl = passed ? successTtl : failedTtl;
    return new CheckReport(
        definition.name(),
        settings.secrets().mask(OutputLimit.bounded(output)),
        passed,
        definition.critical(),
        timestamp,
        Deadlines.plus(timestamp, ttl),
        responseTime,
        definition.groups());
  }

  /** A zero TTL means every call runs the check, even under a clock that stands still. */
  private static boolean isCached(CheckOutcome outcome) {
    return outcome.report().expires().isAfter(outcome.report().timestamp());
  }
}
