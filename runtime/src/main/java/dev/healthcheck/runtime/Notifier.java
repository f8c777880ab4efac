package dev.healthcheck.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Calls a checker's {@link HealthListener}s on a thread of their own. One thread and a queue keep
 * every check's events in the order its runs finished, and no request ever waits for a listener.
 */
final class Notifier {

  private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
  /** Started at the first event, gone after a minute without one: an idle checker holds no thread. */
  private final ThreadPoolExecutor thread =
      new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
        Thread daemon = new Thread(runnable, "healthcheck-listeners");
        daemon.setDaemon(true);
        return daemon;
      });

  private final SecretMasker masker;

  Notifier(SecretMasker masker) {
    this.masker = masker;
    thread.allowCoreThreadTimeOut(true);
  }

  void add(HealthListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Queues the events of one real run. Callers hold their check's lock, so a check's events are
   * queued, and therefore delivered, in the order its runs finished.
   *
   * @param run the run's own result
   * @param previous the report before this run, or {@code null} before the first
   * @param reported the report after this run
   */
  void ran(CheckReport run, CheckReport previous, CheckReport reported) {
    if (listeners.isEmpty()) {
      return;
    }
    boolean changed = previous == null || previous.passed() != reported.passed();
    try {
      thread.execute(() -> {
        for (HealthListener listener : listeners) {
          call(listener, run, changed, previous, reported);
        }
      });
    } catch (RejectedExecutionException closed) {
      // The checker is closed: nobody is listening any more.
    }
  }

  private void call(
      HealthListener listener, CheckReport run, boolean changed, CheckReport previous, CheckReport reported) {
    try {
      listener.checkRan(run);
      if (changed) {
        listener.checkChanged(previous, reported);
      }
    } catch (Throwable broken) {
      Failures.rethrowIfFatal(broken);
      masker.log(Level.WARNING, "health listener " + listener.getClass().getName()
          + " failed on check \"" + run.checker() + "\"; the check's result stands", broken);
    }
  }

  /** Stops the thread once the events already queued are delivered. */
  void close() {
    thread.shutdown();
  }
}
