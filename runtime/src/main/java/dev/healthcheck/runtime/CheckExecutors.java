package dev.healthcheck.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor checks run on when the user gives none. */
final class CheckExecutors {

  /**
   * Checks mostly wait on I/O, so the pool is sized for waiting, not for cores: at least 8 run at
   * once even on a 2-core container.
   */
  static final int MINIMUM_THREADS = 8;

  private CheckExecutors() {}

  /**
   * A pool of daemon threads that go away after a minute of idleness, so an idle service holds no
   * threads for its health checks. A task goes to an idle thread when there is one, and a thread is
   * made only when all are busy, so the pool holds as many threads as checks really run at once:
   * a thousand checks refreshed every second that each take a millisecond need a few, not a
   * thousand. It may grow to a thread for every check and section (at least 8, and at least one
   * per core): single-flight lets each run at most once at a time, so all of a call's checks run
   * at once and the pool never refuses one.
   */
  static ExecutorService newDefault(int checks) {
    int threads =
        Math.max(checks, Math.max(MINIMUM_THREADS, Runtime.getRuntime().availableProcessors()));
    return new ThreadPoolExecutor(
        0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads("healthcheck-"));
  }

  /** One daemon thread that only starts background refreshes and deadlines: the checks run on the pool. */
  static ScheduledThreadPoolExecutor newScheduler() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, daemonThreads("healthcheck-refresh-"));
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
