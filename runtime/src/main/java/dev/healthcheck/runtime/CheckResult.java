package dev.healthcheck.runtime;

/**
 * What one health check found: whether it passed, and an output that tells a human why.
 *
 * <p>py-healthcheck's checks return the tuple {@code (passed, output)}; this record is that tuple.
 *
 * @param passed whether the check passed
 * @param output what to show for this check in the JSON; {@code null} is written as {@code ""}
 */
public record CheckResult(boolean passed, String output) {

  /**
   * Normalises a missing output to the empty string, so the JSON never carries {@code null}.
   *
   * @param passed whether the check passed
   * @param output what the check says: {@code output} in the JSON; {@code null} becomes empty
   */
  public CheckResult {
    output = output == null ? "" : output;
  }

  /**
   * A passing result with the given output, e.g. {@code CheckResult.ok("redis ok")}.
   *
   * @param output what the check says: {@code output} in the JSON; {@code null} becomes empty
   * @return the passing result
   */
  public static CheckResult ok(String output) {
    return new CheckResult(true, output);
  }

  /**
   * A failing result with the given output, e.g. {@code CheckResult.fail("disk 97% full")}.
   *
   * @param output what the check says: {@code output} in the JSON; {@code null} becomes empty
   * @return the failing result
   */
  public static CheckResult fail(String output) {
    return new CheckResult(false, output);
  }

  /**
   * The result of a check that answers only yes or no: passed with an empty output, or failed
   * with the output {@code returned false}.
   *
   * @param passed whether the check passed
   * @return the result
   */
  public static CheckResult of(boolean passed) {
    return passed ? ok("") : fail("returned false");
  }
}
