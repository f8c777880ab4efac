package dev.healthcheck.runtime;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

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

  CheckSlot(CheckDefinition definition, RunSettings settings) {
    this.definition = definition;
    this.timeout = definition.timeout() == null ? settings.timeout() : definition.timeout();
    this.timeoutNanos = Deadlines.nanos(timeout);
    this.successTtl = definition.successTtl() == null ? settings.successTtl() : definition.successTtl();
    this.failedTtl = definition.failedTtl() == null ? settings.failedTtl() : definition.failedTtl();
    this.settings = settings;
    this.state = new ReportedState(definition.failureThreshold(), definition.successThreshold());
  }

  CheckDefinition definition() {
    return definition;
  }

  /** The latest reported result, or {@code null} before the first; runs nothing. */
  CheckReport latest() {
    return latest;
  }

  /** The cached result if it is still fresh at {@code now}, else {@code null}. */
  CheckOutcome cached(Instant now) {
    CheckOutcome hit = cached;
    return hit != null && isFresh(hit, now) ? hit : null;
  }

  /** Joins the run in progress, or starts one. */
  Flight<CheckOutcome> join(Instant now) {
    return flights.join(started -> launch(started, now));
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
      run.exit();
      finish(run, started, null, failure);
      Failures.rethrowIfFatal(failure);
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
    boolean counted;
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
          counted = true; // a late pass is news: the dependency is back
          outcome = record(report);
        } else {
          // Past its deadline, a failure (often the interruption at the deadline) is the
          // timeout, counted once, whether or not a caller has recorded it yet.
          counted = timedOut == null;
          outcome = counted ? record(report(false, timeoutOutput(), timeout)) : timedOut;
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
    if (counted) {
      settings.log(outcome.report(), failure);
    }
  }

  /**
   * Counts a real run: the thresholds decide what is reported, the report is cached and becomes
   * the latest, and the listeners hear of it. Even a result that is not cached (a zero TTL)
   * replaces what was: a timeout cached while the run hung must not outlive the run's own answer.
   * Callers hold this slot's lock, which keeps the listeners' events in the order runs finished.
   */
  private CheckOutcome record(CheckReport run) {
    CheckReport previous = state.latest();
    CheckReport reported = state.record(run);
    CheckOutcome outcome = new CheckOutcome(reported);
    cached = isCached(outcome) ? outcome : null;
    latest = reported;
    settings.notifier().ran(run, previous, reported);
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
    boolean first = false;
    synchronized (this) {
      if (!flights.inProgress(run)) {
        return await(run); // it landed just now: its own answer is better than a timeout
      }
      String output = timeoutOutput();
      if (timedOut == null) {
        first = true;
        outcome = record(report(false, output, timeout));
      } else if (!isFresh(timedOut, settings.clock().instant())) {
        outcome = new CheckOutcome(report(false, output + "; still running since " + runStarted, timeout));
        if (isCached(outcome)) {
          cached = outcome;
        }
      } else {
        outcome = timedOut;
      }
      timedOut = outcome;
    }
    if (first) {
      settings.log(outcome.report(), null);
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
        settings.secrets().mask(output),
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
