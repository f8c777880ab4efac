package dev.healthcheck.runtime;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The options of a {@link HealthChecker} that every check's run reads.
 *
 * @param clock what timestamps and cache expiry read
 * @param successTtl how long a passing result is served from the cache; zero: not cached
 * @param failedTtl how long a failing result is served from the cache; zero: not cached
 * @param timeout how long a check may take when it names no timeout of its own
 * @param executor where checks and sections run
 * @param secrets what masks the secrets in checks' outputs, sections and log lines
 * @param notifier what tells the listeners about every real run
 */
record RunSettings(
    Clock clock,
    Duration successTtl,
    Duration failedTtl,
    Duration timeout,
    Executor executor,
    SecretMasker secrets,
    Notifier notifier) {

  /**
   * Logs a real run as py-healthcheck does, but once per change rather than once per run: a
   * failure that changes the reported state at WARNING (its stack trace only at DEBUG), a
   * recovery at INFO, and a check that goes on failing, or passing, at DEBUG without a stack
   * trace. A dependency that is down fails the same way every 9 seconds, and a check that throws
   * an {@code OutOfMemoryError} must not print a stack trace at every rerun.
   *
   * @param changed whether this run changed the reported state (or is the first)
   */
  void log(CheckReport run, Throwable failure, boolean changed) {
    String name = "Health check \"" + run.checker() + "\"";
    if (run.passed()) {
      secrets.log(changed ? Level.INFO : Level.DEBUG, () -> name + " passed");
    } else if (changed) {
      secrets.log(Level.WARNING, () -> name + " failed with output \"" + run.output() + "\"");
      if (failure != null) {
        secrets.log(Level.DEBUG, name + " threw", failure);
      }
    } else {
      secrets.log(Level.DEBUG, () -> name + " is still failing with output \"" + run.output() + "\"");
    }
  }
}
