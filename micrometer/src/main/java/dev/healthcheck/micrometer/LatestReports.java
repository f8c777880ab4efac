package dev.healthcheck.micrometer;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.HealthChecker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checker's latest reports as the gauges read them: the gauges of one scrape share one call
 * of {@link HealthChecker#latest()}, so a scrape of n checks costs O(n), not O(n²).
 *
 * <p>A reading is dropped as soon as the binder hears of a run, so a scrape after a run sees it,
 * and is otherwise kept at most {@link #MAX_AGE_NANOS}: a whole scrape fits in it many times over.
 */
final class LatestReports {

  /** How long a reading serves when no run is heard of: far shorter than any scrape interval. */
  private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final HealthChecker checker;
  /** Each check's position in registration order. */
  private final Map<String, Integer> positions = new HashMap<>();
  /** Counts the runs heard of; a reading taken before the latest one is out of date. */
  private final AtomicLong runsHeard = new AtomicLong();
  private volatile Reading reading;

  LatestReports(HealthChecker checker) {
    this.checker = checker;
    List<CheckDefinition> checks = checker.checks();
    for (int i = 0; i < checks.size(); i++) {
      positions.put(checks.get(i).name(), i);
    }
  }

  /** How many checks there are. */
  int checks() {
    return positions.size();
  }

  /** The check's position in registration order. */
  int position(String check) {
    return positions.get(check);
  }

  /** Drops the current reading: a check ran, and {@code latest()} already holds its result. */
  void runHeard() {
    runsHeard.incrementAndGet();
  }

  /** The latest report of every check, by position; {@code null} for a check with no result yet. */
  CheckReport[] get() {
    Reading current = reading;
    long now = System.nanoTime();
    if (current == null || current.runsHeard != runsHeard.get() || now - current.takenNanos > MAX_AGE_NANOS) {
      // Counted before reading: a run heard of meanwhile makes this reading out of date at once.
      long heard = runsHeard.get();
      current = new Reading(take(), heard, now);
      reading = current;
    }
    return current.reports;
  }

  private CheckReport[] take() {
    CheckReport[] reports = new CheckReport[positions.size()];
    for (CheckReport report : checker.latest()) {
      Integer position = positions.get(report.checker());
      if (position != null) {
        reports[position] = report;
      }
    }
    return reports;
  }

  /** One call of {@code latest()}: the reports, how many runs had been heard of, and when. */
  private record Reading(CheckReport[] reports, long runsHeard, long takenNanos) {}
}
