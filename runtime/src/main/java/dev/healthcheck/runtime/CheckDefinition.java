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

  private CheckDefinition(
      String name, AsyncCheck check, Set<String> groups, Duration timeout, boolean critical) {
    this.name = name;
    this.check = check;
    this.groups = groups;
    this.timeout = timeout;
    this.critical = critical;
  }

  /** A critical check in no group, with the runner's default timeout. */
  public static CheckDefinition of(String name, Check check) {
    Objects.requireNonNull(check, "check");
    return async(name, () -> CompletableFuture.completedFuture(check.run()));
  }

  /** An asynchronous check: critical, in no group, with the runner's default timeout. */
  public static CheckDefinition async(String name, AsyncCheck check) {
    Names.requireValid("check", name);
    Objects.requireNonNull(check, "check");
    return new CheckDefinition(name, check, Set.of(), null, true);
  }

  /** A copy that belongs to these groups (replacing any given before). */
  public CheckDefinition groups(String... groups) {
    return groups(List.of(groups));
  }

  /** A copy that belongs to these groups (replacing any given before). */
  public CheckDefinition groups(Iterable<String> groups) {
    Set<String> copy = new LinkedHashSet<>();
    for (String group : groups) {
      copy.add(Names.requireValid("group", group));
    }
    return new CheckDefinition(name, check, Collections.unmodifiableSet(copy), timeout, critical);
  }

  /**
   * A copy with its own timeout; {@code null} uses the runner's default.
   *
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public CheckDefinition timeout(Duration timeout) {
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalArgumentException(
          "timeout of check '" + name + "' must be positive, was " + timeout);
    }
    return new CheckDefinition(name, check, groups, timeout, critical);
  }

  /**
   * A copy with a timeout in milliseconds, as {@code @HealthCheck(timeoutMillis)} gives it;
   * {@code -1} uses the runner's default.
   */
  public CheckDefinition timeoutMillis(long timeoutMillis) {
    return timeout(timeoutMillis == -1 ? null : Duration.ofMillis(timeoutMillis));
  }

  /** A copy that does ({@code true}) or does not fail the whole response when it fails. */
  public CheckDefinition critical(boolean critical) {
    return new CheckDefinition(name, check, groups, timeout, critical);
  }

  /** The check's name: {@code checker} in the JSON, {@code /healthcheck/{name}} in URLs. */
  public String name() {
    return name;
  }

  /** The groups the check belongs to, in the order given. */
  public Set<String> groups() {
    return groups;
  }

  /** The check's own timeout, or {@code null} for the runner's default. */
  public Duration timeout() {
    return timeout;
  }

  /** Whether a failure of this check fails the whole response. */
  public boolean critical() {
    return critical;
  }

  /** Starts the check; a synchronous check runs to completion on the calling thread. */
  CompletionStage<CheckResult> start() throws Exception {
    return check.start();
  }

  @Override
  public String toString() {
    return "CheckDefinition[" + name + ", groups=" + groups + ", timeout=" + timeout
        + ", critical=" + critical + "]";
  }
}
