package dev.healthcheck.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One registered check with its cache and its run in progress.
 *
 * <p>Three rules keep a service safe when a dependency misbehaves:
 * <ul>
 *   <li>a fresh result is served from the cache (py-healthcheck's per-check cache, 27 s after a
 *       pass, 9 s after a failure);</li>
 *   <li>single-flight: while the check runs, every caller waits for that run instead of starting
 *       another, so a burst of probes calls the dependency once;</li>
 *   <li>a caller waits at most until the run's start plus the timeout, then reports a timeout; a
 *       run that hangs is never started again until it returns, so a hung dependency holds one
 *       thread, not one per probe.</li>
 * </ul>
 */
final class CheckSlot {

  private final CheckDefinition definition;
  private final Duration timeout;
  private final long timeoutNanos;
  private final Duration successTtl;
  private final Duration failedTtl;
  private final RunSettings settings;
  private final AtomicReference<Flight> flight = new AtomicReference<>();
  private volatile CheckOutcome cached;
  /** Guarded by this slot. */
  private final ReportedState state;
  private volatile CheckReport latest;

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

  /** The cached result if it is still fresh at {@code now}; else joins or starts a run. */
  Pending begin(Instant now) {
    while (true) {
      CheckOutcome hit = fresh(now);
      if (hit != null) {
        return hit;
      }
      Flight current = flight.get();
      if (current != null) {
        return current;
      }
      Flight started = new Flight(System.nanoTime());
      if (flight.compareAndSet(null, started)) {
        // A run may have finished between the cache read and the swap; its result is fresh.
        CheckOutcome justFinished = fresh(now);
        if (justFinished != null) {
          flight.compareAndSet(started, null);
          started.future.complete(justFinished); // for any caller that joined it meanwhile
          return justFinished;
        }
        launch(started);
        return started;
      }
    }
  }

  private CheckOutcome fresh(Instant now) {
    CheckOutcome hit = cached;
    return hit != null && isFresh(hit, now) ? hit : null;
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

  private void launch(Flight run) {
    try {
      settings.executor().execute(() -> invoke(run));
    } catch (RejectedExecutionException rejected) {
      finish(run, run.startNanos, null, rejected);
    }
  }

  private void invoke(Flight run) {
    long started = System.nanoTime();
    CompletionStage<CheckResult> stage;
    try {
      stage = definition.start();
    } catch (Throwable failure) {
      finish(run, started, null, failure);
      Failures.rethrowIfFatal(failure);
      return;
    }
    if (stage == null) {
      finish(run, started, null, null);
      return;
    }
    stage.whenComplete((result, failure) -> finish(run, started, result, failure));
  }

  /** Records a run's outcome: the cache first, then the run is over, then its waiters wake. */
  private void finish(Flight run, long startedNanos, CheckResult result, Throwable failure) {
    CheckOutcome outcome;
    boolean counted;
    try {
      Duration responseTime = Duration.ofNanos(System.nanoTime() - startedNanos);
      CheckReport report;
      if (failure != null) {
        report = report(false, Failures.describe(failure), responseTime);
      } else if (result == null) {
        report = report(false, "returned null; a check must return a CheckResult", responseTime);
      } else {
        report = report(result.passed(), result.output(), responseTime);
      }
      synchronized (this) {
        // A run whose timeout was already counted failed once: a failure arriving late (often
        // the interruption at its deadline) is not a second run. A late pass is news, and counts.
        counted = run.timedOut == null || report.passed();
        outcome = counted ? record(report) : run.timedOut;
        flight.compareAndSet(run, null);
      }
    } catch (RuntimeException | Error unexpected) {
      flight.compareAndSet(run, null);
      run.future.completeExceptionally(unexpected);
      throw unexpected;
    }
    run.future.complete(outcome);
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
    CheckOutcome outcome = reported == run ? new CheckOutcome(run) : new CheckOutcome(reported);
    cached = isCached(outcome) ? outcome : null;
    latest = reported;
    settings.notifier().ran(run, previous, reported);
    return outcome;
  }

  /**
   * The result of a run past its deadline. Its first timeout is the run's result, counted like any
   * other; later callers share that report while it is fresh, and then one that says the run is
   * still going, neither counted nor logged again: a burst of probes must not become a burst of
   * work when the deadline passes, nor a hung dependency a flood of log lines.
   */
  private CheckOutcome timedOut(Flight run) {
    CheckOutcome outcome;
    boolean first;
    synchronized (this) {
      if (flight.get() != run) {
        return run.future.getNow(null); // the run answered just now: better than a timeout
      }
      first = run.timedOut == null;
      if (first) {
        outcome = record(report(false, "timed out after " + timeout.toMillis() + " ms", timeout));
      } else if (!isFresh(run.timedOut, settings.clock().instant())) {
        outcome = new CheckOutcome(report(false, "timed out after " + timeout.toMillis() + " ms", timeout));
        if (isCached(outcome)) {
          cached = outcome;
        }
      } else {
        outcome = run.timedOut;
      }
      run.timedOut = outcome;
    }
    if (first) {
      settings.log(outcome.report(), null);
    }
    return outcome;
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

  /** A result that is there now, or will be by the check's deadline. */
  interface Pending {
    CheckOutcome await();
  }

  /** One run of the check in progress, shared by every caller that arrives while it runs. */
  private final class Flight implements Pending {
    private final long startNanos;
    private final CompletableFuture<CheckOutcome> future = new CompletableFuture<>();
    /** The latest timeout report of this run, shared while fresh; guarded by the slot. */
    private CheckOutcome timedOut;

    Flight(long startNanos) {
      this.startNanos = startNanos;
    }

    @Override
    public CheckOutcome await() {
      try {
        if (future.isDone()) {
          return future.get();
        }
        long remaining = timeoutNanos - (System.nanoTime() - startNanos);
        return remaining > 0 ? future.get(remaining, TimeUnit.NANOSECONDS) : timedOut(this);
      } catch (TimeoutException late) {
        return timedOut(this);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return new CheckOutcome(report(false, "interrupted while waiting for the check", Duration.ZERO));
      } catch (ExecutionException broken) {
        return new CheckOutcome(report(false, Failures.describe(broken), Duration.ZERO));
      }
    }
  }
}
