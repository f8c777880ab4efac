package dev.healthcheck.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A health check with everything the runner needs to know about it: its name, the groups it
 * belongs to, its timeout and whether it is critical.
 *
 * <p>Generated registries build one per {@code @HealthCheck} method; code that registers checks by
 * hand builds them the same way:
 *
 * <pre>{@code
 * CheckDefinition.of("db", () -> CheckResult.ok("db ok"))
 *     .groups("readiness")
 *     .timeout(Duration.ofMillis(500))
 *     .critical(false);
 * }</pre>
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 */
public final class CheckDefinition {

  private final String name;
  private final AsyncCheck check;
  private final Set<String> groups;
  private final Duration timeout;
  private final boolean critical;
  private final Schedule schedule;

  private CheckDefinition(
      String name,
      AsyncCheck check,
      Set<String> groups,
      Duration timeout,
      boolean critical,
      Schedule schedule) {
    this.name = name;
    this.check = check;
    this.groups = groups;
    this.timeout = timeout;
    this.critical = critical;
    this.schedule = schedule;
  }

  /**
   * When the check's results are cached, refreshed and flipped: {@code null} TTLs use the runner's,
   * {@link Duration#ZERO} means never cached; a {@code null} refresh means no background refresh.
   */
  private record Schedule(
      Duration successTtl,
      Duration failedTtl,
      Duration refresh,
      int failureThreshold,
      int successThreshold) {
    static final Schedule DEFAULT = new Schedule(null, null, null, 1, 1);
  }

  /**
   * A critical check in no group, with the runner's default timeout.
   *
   * @param name the name: letters, digits, {@code _}, {@code -} and {@code .}
   * @param check the check to run
   * @return the definition
   */
  public static CheckDefinition of(String name, Check check) {
    Objects.requireNonNull(check, "check");
    return async(name, () -> CompletableFuture.completedFuture(check.run()));
  }

  /**
   * An asynchronous check: critical, in no group, with the runner's default timeout.
   *
   * @param name the name: letters, digits, {@code _}, {@code -} and {@code .}
   * @param check the check to run
   * @return the definition
   */
  public static CheckDefinition async(String name, AsyncCheck check) {
    Names.requireValid("check", name);
    Objects.requireNonNull(check, "check");
    return new CheckDefinition(name, check, Set.of(), null, true, Schedule.DEFAULT);
  }

  /**
   * A copy that belongs to these groups (replacing any given before).
   *
   * @param groups the group names
   * @return the copy
   */
  public CheckDefinition groups(String... groups) {
    return groups(List.of(groups));
  }

  /**
   * A copy that belongs to these groups (replacing any given before).
   *
   * @param groups the group names
   * @return the copy
   */
  public CheckDefinition groups(Iterable<String> groups) {
    Set<String> copy = new LinkedHashSet<>();
    for (String group : groups) {
      copy.add(Names.requireValid("group", group));
    }
    return new CheckDefinition(
        name, check, Collections.unmodifiableSet(copy), timeout, critical, schedule);
  }

  /**
   * A copy with its own timeout; {@code null} uses the runner's default.
   *
   * @param timeout how long a check may run; {@code null}: the default
   * @return the copy
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public CheckDefinition timeout(Duration timeout) {
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalArgumentException(
          "timeout of check '" + name + "' must be positive, was " + timeout);
    }
    return new CheckDefinition(name, check, groups, timeout, critical, schedule);
  }

  /**
   * A copy with a timeout in milliseconds, as {@code @HealthCheck(timeoutMillis)} gives it;
   * {@code -1} uses the runner's default.
   *
   * @param timeoutMillis milliseconds, or {@code -1} for the runner's default
   * @return the copy
   */
  public CheckDefinition timeoutMillis(long timeoutMillis) {
    return timeout(timeoutMillis == -1 ? null : Duration.ofMillis(timeoutMillis));
  }

  /**
   * A copy that does ({@code true}) or does not fail the whole response when it fails.
   *
   * @param critical whether a failure of this check fails the whole response
   * @return the copy
   */
  public CheckDefinition critical(boolean critical) {
    return new CheckDefinition(name, check, groups, timeout, critical, schedule);
  }

  /**
   * A copy whose passing results are cached this long; {@code null} uses the runner's
   * {@code successTtl}, {@link Duration#ZERO} runs the check on every call.
   *
   * @param ttl how long; {@code null}: the runner's, zero: never cached
   * @return the copy
   * @throws IllegalArgumentException if the TTL is negative
   */
  public CheckDefinition successTtl(Duration ttl) {
    return with(new Schedule(
        ttl(ttl, "successTtl"), schedule.failedTtl(), schedule.refresh(),
        schedule.failureThreshold(), schedule.successThreshold()));
  }

  /**
   * A copy whose failed results are cached this long; {@code null} uses the runner's
   * {@code failedTtl}, {@link Duration#ZERO} runs the check on every call.
   *
   * @param ttl how long; {@code null}: the runner's, zero: never cached
   * @return the copy
   * @throws IllegalArgumentException if the TTL is negative
   */
  public CheckDefinition failedTtl(Duration ttl) {
    return with(new Schedule(
        schedule.successTtl(), ttl(ttl, "failedTtl"), schedule.refresh(),
        schedule.failureThreshold(), schedule.successThreshold()));
  }

  /**
   * A copy with a success TTL in milliseconds, as {@code @HealthCheck(successTtlMillis)} gives it;
   * {@code -1} uses the runner's, {@code 0} never caches.
   *
   * @param millis milliseconds; {@code -1}: the runner's TTL, {@code 0}: never cached
   * @return the copy
   */
  public CheckDefinition successTtlMillis(long millis) {
    return successTtl(millisOrNull(millis, "successTtlMillis"));
  }

  /**
   * A copy with a failed TTL in milliseconds, as {@code @HealthCheck(failedTtlMillis)} gives it;
   * {@code -1} uses the runner's, {@code 0} never caches.
   *
   * @param millis milliseconds; {@code -1}: the runner's TTL, {@code 0}: never cached
   * @return the copy
   */
  public CheckDefinition failedTtlMillis(long millis) {
    return failedTtl(millisOrNull(millis, "failedTtlMillis"));
  }

  /**
   * A copy that runs in the background every {@code period}, from the checker's start; requests
   * are answered from its latest result and never run it. {@code null} or zero: no refresh.
   *
   * @param period how often; {@code null} or zero: no refresh
   * @return the copy
   * @throws IllegalArgumentException if the period is negative
   */
  public CheckDefinition refresh(Duration period) {
    if (period != null && period.isNegative()) {
      throw new IllegalArgumentException(
          "refresh period of check '" + name + "' must not be negative, was " + period);
    }
    Duration refresh = period == null || period.isZero() ? null : period;
    return with(new Schedule(
        schedule.successTtl(), schedule.failedTtl(), refresh,
        schedule.failureThreshold(), schedule.successThreshold()));
  }

  /**
   * A copy refreshed every {@code millis} milliseconds, as {@code @HealthCheck(refreshMillis)}
   * gives it; {@code 0} means no background refresh.
   *
   * @param millis milliseconds; {@code 0}: no background refresh
   * @return the copy
   */
  public CheckDefinition refreshMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException(
          "refreshMillis of check '" + name + "' must be 0 (off) or positive, was " + millis);
    }
    return refresh(Duration.ofMillis(millis));
  }

  /**
   * A copy whose reported state turns from passed to failed only after this many failed runs in a
   * row (Kubernetes' {@code failureThreshold}); a passing run resets the count.
   *
   * @param runs the number of consecutive runs, at least 1
   * @return the copy
   * @throws IllegalArgumentException if the threshold is below 1
   */
  public CheckDefinition failureThreshold(int runs) {
    return with(new Schedule(
        schedule.successTtl(), schedule.failedTtl(), schedule.refresh(),
        threshold(runs, "failureThreshold"), schedule.successThreshold()));
  }

  /**
   * A copy whose reported state turns from failed to passed only after this many passing runs in a
   * row (Kubernetes' {@code successThreshold}); a failed run resets the count.
   *
   * @param runs the number of consecutive runs, at least 1
   * @return the copy
   * @throws IllegalArgumentException if the threshold is below 1
   */
  public CheckDefinition successThreshold(int runs) {
    return with(new Schedule(
        schedule.successTtl(), schedule.failedTtl(), schedule.refresh(),
        schedule.failureThreshold(), threshold(runs, "successThreshold")));
  }

  private CheckDefinition with(Schedule schedule) {
    return new CheckDefinition(name, check, groups, timeout, critical, schedule);
  }

  private Duration ttl(Duration ttl, String option) {
    if (ttl != null && ttl.isNegative()) {
      throw new IllegalArgumentException(
          option + " of check '" + name + "' must not be negative, was " + ttl);
    }
    return ttl;
  }

  private Duration millisOrNull(long millis, String option) {
    if (millis < -1) {
      throw new IllegalArgumentException(option + " of check '" + name
          + "' must be -1 (the runner's), 0 (never cached) or positive, was " + millis);
    }
    return millis == -1 ? null : Duration.ofMillis(millis);
  }

  private int threshold(int runs, String option) {
    if (runs < 1) {
      throw new IllegalArgumentException(
          option + " of check '" + name + "' must be at least 1, was " + runs);
    }
    return runs;
  }

  /**
   * {@return the check's name: {@code checker} in the JSON, {@code /healthcheck/{name}} in URLs}
   */
  public String name() {
    return name;
  }

  /** {@return the groups the check belongs to, in the order given} */
  public Set<String> groups() {
    return groups;
  }

  /** {@return the check's own timeout, or {@code null} for the runner's default} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return whether a failure of this check fails the whole response} */
  public boolean critical() {
    return critical;
  }

  /** {@return how long a passing result is cached, or {@code null} for the runner's TTL} */
  public Duration successTtl() {
    return schedule.successTtl();
  }

  /** {@return how long a failed result is cached, or {@code null} for the runner's TTL} */
  public Duration failedTtl() {
    return schedule.failedTtl();
  }

  /** {@return the background refresh period, or {@code null} when requests run the check} */
  public Duration refresh() {
    return schedule.refresh();
  }

  /** {@return failed runs in a row before a passing check is reported failed (1)} */
  public int failureThreshold() {
    return schedule.failureThreshold();
  }

  /** {@return passing runs in a row before a failing check is reported passed (1)} */
  public int successThreshold() {
    return schedule.successThreshold();
  }

  /** Starts the check; a synchronous check runs to completion on the calling thread. */
  CompletionStage<CheckResult> start() throws Exception {
    return check.start();
  }

  @Override
  public String toString() {
    return "CheckDefinition[" + name + ", groups=" + groups + ", timeout=" + timeout
        + ", critical=" + critical + ", " + schedule + "]";
  }
}
