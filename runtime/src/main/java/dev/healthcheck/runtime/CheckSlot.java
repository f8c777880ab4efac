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
  private final RunSettings settings;
  private final AtomicReference<Flight> flight = new AtomicReference<>();
  private volatile CheckOutcome cached;

  CheckSlot(CheckDefinition definition, RunSettings settings) {
    this.definition = definition;
    this.timeout = definition.timeout() == null ? settings.timeout() : definition.timeout();
    this.timeoutNanos = Deadlines.nanos(timeout);
    this.settings = settings;
  }

  CheckDefinition definition() {
    return definition;
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
    try {
      Duration responseTime = Duration.ofNanos(System.nanoTime() - startedNanos);
      if (failure != null) {
        outcome = outcome(false, Failures.describe(failure), responseTime);
      } else if (result == null) {
        outcome = outcome(false, "returned null; a check must return a CheckResult", responseTime);
      } else {
        outcome = outcome(result.passed(), result.output(), responseTime);
      }
      synchronized (this) {
        // Even when this result is not cached (a zero TTL), it replaces what was: a timeout
        // cached while the run hung must not outlive the run's own answer.
        cached = isCached(outcome) ? outcome : null;
        flight.compareAndSet(run, null);
      }
    } catch (RuntimeException | Error unexpected) {
      flight.compareAndSet(run, null);
      run.future.completeExceptionally(unexpected);
      throw unexpected;
    }
    run.future.complete(outcome);
    settings.log(outcome.report(), failure);
  }

  /**
   * The result of a run past its deadline. Callers waiting on the run share one report while it
   * is fresh, and the run is logged once: a burst of probes must not become a burst of work when
   * the deadline passes, nor a hung dependency a flood of log lines.
   */
  private CheckOutcome timedOut(Flight run) {
    CheckOutcome outcome;
    boolean first;
    synchronized (run) {
      outcome = run.timedOut;
      first = outcome == null;
      if (first || !isFresh(outcome, settings.clock().instant())) {
        Duration waited = Duration.ofNanos(System.nanoTime() - run.startNanos);
        outcome = outcome(false, "timed out after " + timeout.toMillis() + " ms", waited);
        run.timedOut = outcome;
      }
    }
    synchronized (this) {
      // Only while the run is still going: a result that just arrived is better than a timeout.
      if (flight.get() == run && isCached(outcome)) {
        cached = outcome;
      }
    }
    if (first) {
      settings.log(outcome.report(), null);
    }
    return outcome;
  }

  /**
   * A result as it is reported. Its output is masked like every string of the environment dump:
   * what a check says is as public as the endpoint, and a connection string slips in easily.
   */
  private CheckOutcome outcome(boolean passed, String output, Duration responseTime) {
    Instant timestamp = settings.clock().instant();
    Duration ttl = passed ? settings.successTtl() : settings.failedTtl();
    return new CheckOutcome(
        new CheckReport(
            definition.name(),
            settings.secrets().mask(output),
            passed,
            definition.critical(),
            timestamp,
            Deadlines.plus(timestamp, ttl),
            responseTime));
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
    /** The latest timeout report of this run, shared while fresh; guarded by this flight. */
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
        return outcome(false, "interrupted while waiting for the check", Duration.ZERO);
      } catch (ExecutionException broken) {
        return outcome(false, Failures.describe(broken), Duration.ZERO);
      }
    }
  }
}
