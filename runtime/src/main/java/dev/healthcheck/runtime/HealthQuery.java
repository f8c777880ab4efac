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

  private static final HealthQuery ALL =
      new HealthQuery(null, Set.of(), Set.of(), HealthFormat.PY_HEALTHCHECK, true);

  private final String name;
  private final Set<String> included;
  private final Set<String> excluded;
  private final HealthFormat format;
  private final boolean details;

  private HealthQuery(
      String name, Set<String> included, Set<String> excluded, HealthFormat format, boolean details) {
    this.name = name;
    this.included = included;
    this.excluded = excluded;
    this.format = format;
    this.details = details;
  }

  /** {@return every registered check} */
  public static HealthQuery all() {
    return ALL;
  }

  /**
   * The group of that name or, as py-healthcheck's {@code run(check)} does, the single check of
   * that name; a {@code null} name means every check.
   *
   * @param name a group or check name, or {@code null} for every check
   * @return the query
   */
  public static HealthQuery named(String name) {
    return name == null ? ALL : new HealthQuery(name, Set.of(), Set.of(), ALL.format, ALL.details);
  }

  /**
   * A copy that runs only these checks of the selection (Kubernetes' {@code ?check=}).
   *
   * @param checks the check names
   * @return the copy
   */
  public HealthQuery include(String... checks) {
    return include(List.of(checks));
  }

  /**
   * A copy that runs only these checks of the selection (Kubernetes' {@code ?check=}).
   *
   * @param checks the check names
   * @return the copy
   */
  public HealthQuery include(Iterable<String> checks) {
    return new HealthQuery(name, union(included, checks), excluded, format, details);
  }

  /**
   * A copy that leaves these checks out of the selection (Kubernetes' {@code ?exclude=}).
   *
   * @param checks the check names
   * @return the copy
   */
  public HealthQuery exclude(String... checks) {
    return exclude(List.of(checks));
  }

  /**
   * A copy that leaves these checks out of the selection (Kubernetes' {@code ?exclude=}).
   *
   * @param checks the check names
   * @return the copy
   */
  public HealthQuery exclude(Iterable<String> checks) {
    return new HealthQuery(name, included, union(excluded, checks), format, details);
  }

  /**
   * A copy whose body has this format (default: py-healthcheck's JSON).
   *
   * @param format the body's format
   * @return the copy
   */
  public HealthQuery format(HealthFormat format) {
    return new HealthQuery(name, included, excluded, Objects.requireNonNull(format, "format"), details);
  }

  /**
   * A copy whose body does ({@code true}, the default) or does not carry the checks' results:
   * without details the body is the status alone, e.g. {@code {"status": "success"}}, with the
   * same status code, for endpoints open to callers who should not see what runs inside.
   *
   * @param details whether the body carries the results
   * @return the copy
   */
  public HealthQuery details(boolean details) {
    return new HealthQuery(name, included, excluded, format, details);
  }

  /** {@return the group or check name, or {@code null} for every check} */
  public String name() {
    return name;
  }

  /** {@return the checks to keep; empty keeps every check of the selection} */
  public Set<String> included() {
    return included;
  }

  /** {@return the checks to leave out} */
  public Set<String> excluded() {
    return excluded;
  }

  /** {@return the body's format} */
  public HealthFormat format() {
    return format;
  }

  /** {@return whether the body carries the checks' results, or the status alone} */
  public boolean details() {
    return details;
  }

  private static Set<String> union(Set<String> current, Iterable<String> more) {
    if (!more.iterator().hasNext()) {
      return current; // the common case for a binding: no ?check= and no ?exclude=
    }
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
        && excluded.equals(that.excluded)
        && format == that.format
        && details == that.details;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, included, excluded, format, details);
  }

  @Override
  public String toString() {
    return "HealthQuery[name=" + name + ", included=" + included + ", excluded=" + excluded
        + ", format=" + format + ", details=" + details + "]";
  }
}
