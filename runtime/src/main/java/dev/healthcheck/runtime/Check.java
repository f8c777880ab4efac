package dev.healthcheck.runtime;

/**
 * A health check: py-healthcheck's check function, called with no arguments.
 *
 * <p>A check may throw anything; the runner reports it as a failed result whose output names the
 * exception and its message. Returning {@code null} is a failed result too.
 */
@FunctionalInterface
public interface Check {

  /**
   * Looks at one dependency or invariant and says whether it is healthy.
   *
   * @return the result: passed or failed, with what the check saw
   * @throws Exception anything: it is caught and reported as a failed result
   */
  CheckResult run() throws Exception;
}
