package dev.healthcheck.runtime;

/**
 * What one check reports after each real run: its latest report, and the thresholds that hold a
 * flip back, counted as Kubernetes counts {@code failureThreshold} and {@code successThreshold}.
 * The first result is reported as it is; after it, the reported state flips only after the
 * threshold's number of opposite results in a row, and any result that agrees with the reported
 * state resets the count (dropwizard-health's counter did not reset: a bug not to copy).
 *
 * <p>Not thread-safe: its check's lock guards it.
 */
final class ReportedState {

  private final int failureThreshold;
  private final int successThreshold;
  private CheckReport latest;
  /** Opposite results in a row since the reported state last held or flipped. */
  private int streak;

  ReportedState(int failureThreshold, int successThreshold) {
    this.failureThreshold = failureThreshold;
    this.successThreshold = successThreshold;
  }

  /** The latest report, or {@code null} before the first result. */
  CheckReport latest() {
    return latest;
  }

  /**
   * Counts a real run and returns what is reported for it: the run itself, or, while a threshold
   * holds the state, the state it holds with an output that says the real last result and the
   * count ("failed 2 of 3 times in a row: Connection refused").
   */
  CheckReport record(CheckReport run) {
    if (latest == null || latest.passed() == run.passed()) {
      streak = 0;
      latest = run;
      return run;
    }
    streak++;
    int threshold = latest.passed() ? failureThreshold : successThreshold;
    if (streak >= threshold) {
      streak = 0;
      latest = run;
      return run;
    }
    String count = (run.passed() ? "passed " : "failed ") + streak + " of " + threshold + " times in a row: ";
    latest =
        new CheckReport(
            run.checker(),
            count + run.output(),
            latest.passed(),
            run.critical(),
            run.timestamp(),
            run.expires(),
            run.responseTime(),
            run.groups());
    return latest;
  }
}
