package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.StringJoiner;

/**
 * Fails when threads of this JVM are deadlocked, on monitors or on {@code java.util.concurrent}
 * locks, and names them with the lock each waits for and who holds it. Made by
 * {@link Checks#deadlocks()}; immutable and stateless.
 */
public final class DeadlockCheck implements Check {

  DeadlockCheck() {}

  /** Asks the thread MXBean for deadlocked threads. */
  @Override
  public CheckResult run() {
    Deadline clock = Deadline.after(Checks.DEFAULT_TIMEOUT);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] deadlocked = threads.isSynchronizerUsageSupported()
        ? threads.findDeadlockedThreads()
        : threads.findMonitorDeadlockedThreads();
    if (deadlocked == null) {
      return CheckResult.ok("no deadlocked threads among " + threads.getThreadCount() + ", looked " + clock.took());
    }
    StringJoiner described = new StringJoiner("; ");
    for (ThreadInfo thread : threads.getThreadInfo(deadlocked)) {
      if (thread != null) {
        described.add("\"" + thread.getThreadName() + "\" waits for " + thread.getLockName()
            + " held by \"" + thread.getLockOwnerName() + "\"");
      }
    }
    return CheckResult.fail(Quantities.count(deadlocked.length, "thread") + " deadlocked: " + described
        + ", looked " + clock.took());
  }

  @Override
  public String toString() {
    return "DeadlockCheck";
  }
}
