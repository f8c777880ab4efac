package dev.healthcheck.runtime;

/**
 * Hears about a {@link HealthChecker}'s checks as they run: for metrics, alerts and dashboards.
 *
 * <pre>{@code
 * checker.addListener(new HealthListener() {
 *   @Override
 *   public void checkChanged(CheckReport previous, CheckReport current) {
 *     alerts.send(current.checker() + (current.passed() ? " recovered" : " failed: " + current.output()));
 *   }
 * });
 * }</pre>
 *
 * <p>Listeners are called on a thread of their own, never on the thread of a request, and for one
 * check in the order its runs finished. A listener that throws is logged, and changes nothing: the
 * other listeners still hear, and the check's result stays as it is. Every method does nothing by
 * default, so a listener overrides only what it needs.
 */
public interface HealthListener {

  /**
   * A check ran: called once for every real run, never for a result served from the cache. The
   * report is the run's own result ({@code passed} as the check answered, a timeout being a
   * failed run), before any threshold holds the reported state back.
   *
   * @param run the run's own result, with its response time
   */
  default void checkRan(CheckReport run) {}

  /**
   * The reported state of a check changed: called once for a check's first result (with
   * {@code previous} null), then once each time the reported {@code passed} flips.
   *
   * @param previous the report before the change, or {@code null} for the check's first result
   * @param current the report that changed it, as {@link HealthChecker#latest()} holds it
   */
  default void checkChanged(CheckReport previous, CheckReport current) {}
}
