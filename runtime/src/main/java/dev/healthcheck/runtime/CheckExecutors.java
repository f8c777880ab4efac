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
   * A pool of daemon threads that go away after a minute of idleness, so an idle service holds no
   * threads for its health checks and never needs to shut the pool down. It has a thread for every
   * check (at least 8, and at least one per core): single-flight lets a check run at most once at a
   * time, so all checks of a call run at once and the pool can never need more.
   */
  static ExecutorService newDefault(int checks) {
    int threads =
        Math.max(checks, Math.max(MINIMUM_THREADS, Runtime.getRuntime().availableProcessors()));
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
