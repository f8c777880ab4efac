package dev.healthcheck.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
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
   * A bounded pool of daemon threads that go away after a minute of idleness, so an idle service
   * holds no threads for its health checks and never needs to shut the pool down. The queue
   * cannot grow past the number of checks: a check is never queued twice (single-flight).
   */
  static ExecutorService newDefault() {
    int threads = Math.max(MINIMUM_THREADS, Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "healthcheck-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
