package dev.healthcheck.micrometer;

import dev.healthcheck.runtime.CheckReport;

/** The gauges' values: 1 for healthy, 0 for failed, NaN for not known yet. */
final class Verdicts {

  private static final double PASSED = 1;
  private static final double FAILED = 0;

  private Verdicts() {}

  /** One check's latest result; NaN when it has none. */
  static double of(CheckReport report) {
    if (report == null) {
      return Double.NaN;
    }
    return report.passed() ? PASSED : FAILED;
  }

  /**
   * The verdict of a report over these checks, as the checker gives it: failed when a critical
   * check failed (a failed non-critical check only warns, and a warning passes); NaN while none of
   * them has a result, since "no result" must not read as healthy.
   */
  static double of(CheckReport[] reports, int[] checks) {
    boolean known = false;
    for (int check : checks) {
      CheckReport report = reports[check];
      if (report != null) {
        known = true;
        if (!report.passed() && report.critical()) {
          return FAILED;
        }
      }
    }
    return known ? PASSED : Double.NaN;
  }
}
