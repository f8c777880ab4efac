package dev.healthcheck.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a checker's refreshed checks in the background, every period from the checker's start. One
 * scheduler thread only starts runs and arms their deadlines; the checks run on the check pool,
 * under single-flight, so a refresh that hangs holds one pool thread and later ticks start nothing.
 */
final class Refresher {

  private final ScheduledThreadPoolExecutor scheduler;

  private Refresher(ScheduledThreadPoolExecutor scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Schedules every refreshed check, the first run at once; no thread at all when there is none.
   * After the first run, the checks' runs are spread evenly over the period instead of all starting
   * at the same instant: a thousand checks refreshed every second would otherwise wake a thousand
   * pool threads at once, every second, and hold up the probes meanwhile. A run then comes at most
   * two periods after the one before, which staleness (twice the period plus the timeout) allows.
   */
  static Refresher start(List<CheckSlot> slots, SecretMasker masker) {
    List<CheckSlot> refreshed = slots.stream().filter(CheckSlot::isRefreshed).toList();
    if (refreshed.isEmpty()) {
      return new Refresher(null);
    }
    ScheduledThreadPoolExecutor scheduler = CheckExecutors.newScheduler();
    for (int i = 0; i < refreshed.size(); i++) {
      CheckSlot slot = refreshed.get(i);
      long period = Deadlines.nanos(slot.refreshPeriod());
      long offset = period / refreshed.size() * i;
      Runnable tick = () -> tick(slot, scheduler, masker);
      scheduler.execute(tick);
      scheduler.scheduleAtFixedRate(tick, period + offset, period, TimeUnit.NANOSECONDS);
    }
    return new Refresher(scheduler);
  }

  /** A tick that threw would end its schedule for good (ScheduledExecutorService): none may. */
  private static void tick(CheckSlot slot, ScheduledThreadPoolExecutor scheduler, SecretMasker masker) {
    try {
      slot.refresh(scheduler);
    } catch (Throwable broken) {
      Failures.rethrowIfFatal(broken);
      masker.log(Level.ERROR, "background refresh of health check \"" + slot.definition().name()
          + "\" failed to start; it is tried again at the next period", broken);
    }
  }

  /** Stops every refresh; a run in progress finishes on its own. */
  void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
