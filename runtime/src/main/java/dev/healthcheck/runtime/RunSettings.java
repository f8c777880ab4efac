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
   * Logs a fresh result as py-healthcheck does: a failure at WARNING (its message; the stack
   * trace only at DEBUG, since a dependency that is down fails the same way every 9 seconds), a
   * pass at DEBUG.
   */
  void log(CheckReport report, Throwable failure) {
    if (report.passed()) {
      secrets.log(Level.DEBUG, () -> "Health check \"" + report.checker() + "\" passed");
      return;
    }
    secrets.log(Level.WARNING, () ->
        "Health check \"" + report.checker() + "\" failed with output \"" + report.output() + "\"");
    if (failure != null) {
      secrets.log(Level.DEBUG, "Health check \"" + report.checker() + "\" threw", failure);
    }
  }
}
