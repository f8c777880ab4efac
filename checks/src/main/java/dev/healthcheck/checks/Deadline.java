package dev.healthcheck.checks;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The end of one run of a check: what is left of its timeout, how long it took so far, and a
 * watchdog that closes a resource whose blocking call no socket or driver timeout bounds.
 */
final class Deadline {

  /**
   * One daemon thread for every check's watchdog, gone after a second without work, so a check
   * leaves no thread behind.
   */
  private static final ScheduledThreadPoolExecutor WATCHDOG = newWatchdog();

  private final long startNanos = System.nanoTime();
  private final Duration timeout;

  private Deadline(Duration timeout) {
    this.timeout = timeout;
  }

  /** A deadline {@code timeout} from now. */
  static Deadline after(Duration timeout) {
    return new Deadline(timeout);
  }

  /** The timeout, checked: positive and at most a day (sockets count it in {@code int} millis). */
  static Duration validTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("timeout must be positive and at most a day: " + timeout);
    }
    return timeout;
  }

  /** The timeout this deadline ends. */
  Duration timeout() {
    return timeout;
  }

  /** Milliseconds left, at least 1: for sockets, 0 would mean no timeout at all. */
  int remainingMillis() {
    long left = timeout.toMillis() - elapsedMillis();
    return (int) Math.max(1, left);
  }

  /** Whole seconds left, rounded up, at least 1: JDBC counts its timeouts in seconds. */
  int remainingSeconds() {
    return (int) Math.max(1, (remainingMillis() + 999L) / 1000);
  }

  /** Whether the timeout has passed. */
  boolean expired() {
    return System.nanoTime() - startNanos >= timeout.toNanos();
  }

  /** Milliseconds since the deadline was set. */
  long elapsedMillis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** {@code in 3 ms}: how long the run took so far, as outputs say it. */
  String took() {
    return "in " + elapsedMillis() + " ms";
  }

  /** {@code no answer within 2000 ms}: what a timed-out run says. */
  String noAnswer() {
    return "no answer within " + timeout.toMillis() + " ms";
  }

  /**
   * Runs {@code action} (a close or an abort) when the deadline passes, unless the returned guard
   * is closed first.
   */
  Guard atExpiry(Action action) {
    return afterExpiry(Duration.ZERO, action);
  }

  /**
   * Runs {@code action} {@code grace} after the deadline, unless the returned guard is closed
   * first: a backstop for a client whose own timeouts normally end the call, and which must not
   * see its connection closed before they do.
   */
  Guard afterExpiry(Duration grace, Action action) {
    Guard guard = new Guard();
    guard.task = WATCHDOG.schedule(guard.wrap(action), remainingMillis() + grace.toMillis(), TimeUnit.MILLISECONDS);
    return guard;
  }

  /** What the watchdog does at the deadline. */
  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  /** Cancels a watchdog's action on close, and tells whether it ran. */
  static final class Guard implements AutoCloseable {
    private final AtomicBoolean fired = new AtomicBoolean();
    private volatile ScheduledFuture<?> task;

    private Runnable wrap(Action action) {
      return () -> {
        fired.set(true);
        try {
          action.run();
        } catch (Exception ignored) {
          // The resource is being given up on: a failure to close it changes nothing the run reports.
        }
      };
    }

    /** Whether the deadline passed and the action ran (or is running). */
    boolean fired() {
      return fired.get();
    }

    @Override
    public void close() {
      task.cancel(false);
    }
  }

  private static ScheduledThreadPoolExecutor newWatchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(1, runnable -> {
          Thread thread = new Thread(runnable, "healthcheck-checks-watchdog");
          thread.setDaemon(true);
          return thread;
        });
    executor.setKeepAliveTime(1, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
