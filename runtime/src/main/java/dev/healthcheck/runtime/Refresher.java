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

  /** Schedules every refreshed check, the first run at once; no thread at all when there is none. */
  static Refresher start(List<CheckSlot> slots, SecretMasker masker) {
    if (slots.stream().noneMatch(CheckSlot::isRefreshed)) {
      return new Refresher(null);
    }
    ScheduledThreadPoolExecutor scheduler = CheckExecutors.newScheduler();
    for (CheckSlot slot : slots) {
      if (slot.isRefreshed()) {
        long period = Deadlines.nanos(slot.refreshPeriod());
        scheduler.scheduleAtFixedRate(() -> tick(slot, scheduler, masker), 0, period, TimeUnit.NANOSECONDS);
      }
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
