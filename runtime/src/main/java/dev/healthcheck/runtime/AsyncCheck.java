package dev.healthcheck.runtime;

import java.util.concurrent.CompletionStage;

/**
 * A health check that answers later: it starts its work and returns a stage that completes with
 * the result, e.g. over an asynchronous HTTP or database client.
 *
 * <p>It obeys the same rules as a {@link Check}: its timeout applies from the moment it is
 * started, it is not started again while a previous start has not completed, and an exception
 * (thrown or completing the stage) or a {@code null} stage or result is a failed result.
 */
@FunctionalInterface
public interface AsyncCheck {

  /**
   * Starts the check; the returned stage completes with its result.
   *
   * @return a stage that completes with the check's result
   * @throws Exception anything: it is caught and reported as a failed result
   */
  CompletionStage<CheckResult> start() throws Exception;
}
