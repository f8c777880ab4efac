package dev.healthcheck.runtime;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structured result of one run of a {@link HealthChecker}, for Java callers and body handlers;
 * the bindings render it as JSON.
 *
 * @param hostname the host's name, as py-healthcheck reports it
 * @param status pass, warn (only non-critical checks failed) or fail
 * @param timestamp when the report was made; fresh even when every result came from the cache
 * @param results one report per check that ran or was served from the cache, in registration order
 * @param sections the sections' values, in registration order, scrubbed of secrets as the body
 *     is and given as the plain values JSON reads into (maps, lists, strings, numbers, booleans,
 *     {@code null}), since a body handler renders them publicly; a section that failed holds a
 *     map with the key {@code error}
 */
public record HealthReport(
    String hostname,
    Status status,
    Instant timestamp,
    List<CheckReport> results,
    Map<String, Object> sections) {

  /** The verdict of a report, named as the health+json draft names it. */
  public enum Status {
    /** Every check passed. */
    PASS,
    /** Every critical check passed, and at least one non-critical check failed. */
    WARN,
    /** At least one critical check failed. */
    FAIL;

    /**
     * This verdict once one more result is counted: a failed critical check fails, a failed other
     * one warns.
     */
    Status with(CheckReport result) {
      if (result.passed() || this == FAIL) {
        return this;
      }
      return result.critical() ? FAIL : WARN;
    }
  }

  /**
   * Copies the collections, so a report cannot change after it is made.
   *
   * @param hostname the host's name, as py-healthcheck reports it
   * @param status pass, warn or fail
   * @param timestamp when the report was made
   * @param results one report per check, in registration order
   * @param sections the sections' values by name, in order
   */
  public HealthReport {
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
    results = List.copyOf(results);
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }

  /** {@return whether the service is healthy: py-healthcheck's {@code "success"} (pass or warn)} */
  public boolean passed() {
    return status != Status.FAIL;
  }
}
