package dev.healthcheck.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A checker's draining state for graceful shutdown: once on, every run that covers a drained group
 * (readiness by default), and the full run, fails with one extra critical result,
 * {@code draining}, so that load balancers stop sending traffic while the service finishes what
 * it has; other groups (liveness) are unaffected, so the service is not restarted meanwhile.
 */
final class Draining {

  /** The extra result's name, as it appears in the JSON and in reports. */
  static final String NAME = "draining";

  private final Set<String> groups;
  private volatile boolean on;

  Draining(Set<String> groups) {
    this.groups = Set.copyOf(groups);
  }

  void start() {
    on = true;
  }

  boolean isOn() {
    return on;
  }

  /** Whether a run of this query fails for draining now. */
  boolean covers(HealthQuery query) {
    return on && (query.name() == null || groups.contains(query.name()));
  }

  /** The extra result, made afresh for each run: it is never cached, and not a check's. */
  CheckOutcome outcome(Instant now) {
    return new CheckOutcome(
        new CheckReport(
            NAME,
            "the service is shutting down and takes no new traffic",
            false,
            true,
            now,
            now,
            Duration.ZERO));
  }
}
