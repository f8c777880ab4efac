package dev.healthcheck.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which checks one run of a {@link HealthChecker} covers: all of them, one group, or one check,
 * narrowed further by Kubernetes-style {@code ?check=NAME} and {@code ?exclude=NAME} filters.
 *
 * <pre>{@code
 * checker.run(HealthQuery.named("readiness").exclude("slow_cache"));
 * }</pre>
 *
 * <p>Instances are immutable; each method returns a copy.
 */
public final class HealthQuery {

  private static final HealthQuery ALL = new HealthQuery(null, Set.of(), Set.of());

  private final String name;
  private final Set<String> included;
  private final Set<String> excluded;

  private HealthQuery(String name, Set<String> included, Set<String> excluded) {
    this.name = name;
    this.included = included;
    this.excluded = excluded;
  }

  /** Every registered check. */
  public static HealthQuery all() {
    return ALL;
  }

  /**
   * The group of that name or, as py-healthcheck's {@code run(check)} does, the single check of
   * that name; a {@code null} name means every check.
   */
  public static HealthQuery named(String name) {
    return name == null ? ALL : new HealthQuery(name, Set.of(), Set.of());
  }

  /** A copy that runs only these checks of the selection (Kubernetes' {@code ?check=}). */
  public HealthQuery include(String... checks) {
    return include(List.of(checks));
  }

  /** A copy that runs only these checks of the selection (Kubernetes' {@code ?check=}). */
  public HealthQuery include(Iterable<String> checks) {
    return new HealthQuery(name, union(included, checks), excluded);
  }

  /** A copy that leaves these checks out of the selection (Kubernetes' {@code ?exclude=}). */
  public HealthQuery exclude(String... checks) {
    return exclude(List.of(checks));
  }

  /** A copy that leaves these checks out of the selection (Kubernetes' {@code ?exclude=}). */
  public HealthQuery exclude(Iterable<String> checks) {
    return new HealthQuery(name, included, union(excluded, checks));
  }

  /** The group or check name, or {@code null} for every check. */
  public String name() {
    return name;
  }

  /** The checks to keep; empty keeps every check of the selection. */
  public Set<String> included() {
    return included;
  }

  /** The checks to leave out. */
  public Set<String> excluded() {
    return excluded;
  }

  private static Set<String> union(Set<String> current, Iterable<String> more) {
    Set<String> copy = new LinkedHashSet<>(current);
    for (String check : more) {
      copy.add(Objects.requireNonNull(check, "check name"));
    }
    return Collections.unmodifiableSet(copy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthQuery that
        && Objects.equals(name, that.name)
        && included.equals(that.included)
        && excluded.equals(that.excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, included, excluded);
  }

  @Override
  public String toString() {
    return "HealthQuery[name=" + name + ", included=" + included + ", excluded=" + excluded + "]";
  }
}
