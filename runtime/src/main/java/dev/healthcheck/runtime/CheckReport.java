package dev.healthcheck.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of one check as it appears in a report: py-healthcheck's result object.
 *
 * <p>A result served from the cache is the very same report the check produced, so its
 * {@code timestamp}, {@code expires} and {@code responseTime} tell when it really ran.
 *
 * @param checker the check's name
 * @param output what the check said, or the exception it threw
 * @param passed whether the check passed
 * @param critical whether a failure of this check fails the whole report
 * @param timestamp when the check finished
 * @param expires until when the result is served from the cache; equal to {@code timestamp}
 *     when it is not cached
 * @param responseTime how long the check took; for a timeout, the time waited (the timeout)
 * @param groups the groups the check belongs to, in the order given
 */
public record CheckReport(
    String checker,
    String output,
    boolean passed,
    boolean critical,
    Instant timestamp,
    Instant expires,
    Duration responseTime,
    Set<String> groups) {

  /**
   * A report of a check in no group.
   *
   * @param checker the check's name
   * @param output what the check said, or the exception it threw
   * @param passed whether the check passed
   * @param critical whether a failure of this check fails the whole response
   * @param timestamp when the check finished
   * @param expires until when the result is served from the cache
   * @param responseTime how long the check took
   */
  public CheckReport(
      String checker,
      String output,
      boolean passed,
      boolean critical,
      Instant timestamp,
      Instant expires,
      Duration responseTime) {
    this(checker, output, passed, critical, timestamp, expires, responseTime, Set.of());
  }

  /**
   * Rejects missing fields: every report is rendered, and the JSON has no nulls.
   *
   * @param checker the check's name
   * @param output what the check said, or the exception it threw
   * @param passed whether the check passed
   * @param critical whether a failure of this check fails the whole response
   * @param timestamp when the check finished
   * @param expires until when the result is served from the cache
   * @param responseTime how long the check took
   * @param groups the groups the check belongs to, in the order given
   */
  public CheckReport {
    Objects.requireNonNull(checker, "checker");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(responseTime, "responseTime");
    groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
  }
}
